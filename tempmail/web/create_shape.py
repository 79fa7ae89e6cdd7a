"""The create form's address shape: a subdomain (none, random or typed) and a style."""

from collections.abc import Mapping

RANDOM_SUBDOMAIN = "random"
OWN_SUBDOMAIN = "custom"
MAX_LABEL = 63


def create_form_shape(form: Mapping[str, str]) -> dict:
    """Return the create() keywords (subdomain, style) the posted form asks for.

    Without JavaScript a typed label counts even if the choice was left on "none".
    """
    choice = form.get("subdomain") or ""
    label = form.get("subdomain_label") or ""
    if choice == RANDOM_SUBDOMAIN:
        subdomain = RANDOM_SUBDOMAIN
    elif choice == OWN_SUBDOMAIN or label.strip():
        subdomain = label
    else:
        subdomain = None
    return {"subdomain": subdomain, "style": form.get("style") or None}


def tried_shape(form: Mapping[str, str]) -> dict:
    """Return what to put back into the form after a refusal."""
    return {"subdomain": (form.get("subdomain") or "")[:10],
            "label": (form.get("subdomain_label") or "")[:MAX_LABEL],
            "style": (form.get("style") or "")[:10]}
