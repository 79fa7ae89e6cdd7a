// TEMPMAIL_CAPTCHA=pow: give the ALTCHA widget its proof-of-work worker, a file this site
// serves (so the CSP needs only worker-src 'self': no blob: workers, no eval).
(function () {
  "use strict";
  var widget = document.querySelector("altcha-widget[data-worker]");
  if (!widget || !window.$altcha) {
    return;
  }
  var url = widget.getAttribute("data-worker");
  window.$altcha.algorithms.set("PBKDF2/SHA-256", function () { return new Worker(url); });
})();
