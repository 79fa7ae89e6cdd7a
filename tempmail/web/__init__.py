"""The web faces of the service: pages for people, a JSON API for programs."""
