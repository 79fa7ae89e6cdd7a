// tempmail: progressive enhancement only; every feature works without this file.
(function () {
  "use strict";

  // The page's words, in the reader's language, from the JSON island base.html writes.
  var island = document.getElementById("site-texts");
  var texts = { copied: "Copied", left: "({time} left)" };
  try { if (island) { texts = JSON.parse(island.textContent); } } catch (e) { /* keep English */ }

  function copy(button) {
    var text = button.getAttribute("data-copy");
    var done = function () {
      var label = button.textContent;
      button.textContent = texts.copied;
      button.classList.add("copied");
      setTimeout(function () { button.textContent = label; button.classList.remove("copied"); }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  // Times come from the server in UTC, in the page's language; shown here in the reader's
  // own time zone (the UTC text stays as the tooltip). Latin digits, as the server writes them.
  var lang = (document.documentElement.lang || "en") + "-u-nu-latn";

  function localizeTimes(root) {
    if (!window.Intl || !Intl.DateTimeFormat) { return; }
    root.querySelectorAll("time[datetime]:not([data-local])").forEach(function (node) {
      var when = new Date(node.getAttribute("datetime"));
      if (isNaN(when.getTime())) { return; }
      var today = when.toDateString() === new Date().toDateString();
      var options = today ? { hour: "numeric", minute: "2-digit" }
                          : { dateStyle: "medium", timeStyle: "short" };
      try {
        var shown = new Intl.DateTimeFormat(lang, options).format(when);
        node.title = node.textContent;
        node.textContent = shown;
        node.setAttribute("data-local", "");
      } catch (e) { /* keep the server's UTC text */ }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (button) { copy(button); }
  });

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function tick() {
    var now = Date.now() / 1000;
    document.querySelectorAll("[data-countdown]").forEach(function (node) {
      var left = Math.max(0, Math.floor(Number(node.getAttribute("data-countdown")) - now));
      var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
      node.textContent = texts.left.replace("{time}", (h ? h + ":" + pad(m) : m) + ":" + pad(s));
      if (left === 0 && !node.dataset.expired) {
        node.dataset.expired = "1";
        setTimeout(function () { window.location.reload(); }, 1500);
      }
    });
  }

  var list = document.getElementById("messages");
  // A list filtered to one tag (/?tag=…): its poll URL carries the tag; the stream sends every
  // new message, of which only those with that tag belong here (and are counted and notified).
  var onlyTag = list ? list.getAttribute("data-tag") || "" : "";
  var baseTitle = document.title;
  var unseen = 0;

  // Opt-in notifications: nothing is asked until the person presses the button, and the choice
  // is remembered in this browser (localStorage) on top of the browser's own permission.
  var notifyButton = document.querySelector("[data-notify]");
  var notifyNote = document.querySelector("[data-notify-note]");
  var canNotify = "Notification" in window;

  function remembered(value) {
    try {
      if (value !== undefined) { localStorage.setItem("tempmail-notify", value); }
      return localStorage.getItem("tempmail-notify") === "1";
    } catch (e) { return false; }
  }

  function notifying() { return canNotify && Notification.permission === "granted" && remembered(); }

  function showNotifyState() {
    if (!notifyButton || !canNotify) { return; }
    var on = notifying(), blocked = Notification.permission === "denied";
    notifyButton.hidden = false;
    notifyButton.disabled = blocked;
    notifyButton.setAttribute("aria-pressed", on ? "true" : "false");
    notifyButton.textContent = on ? texts.notify_off : texts.notify_on;
    if (notifyNote) { notifyNote.textContent = blocked ? texts.notify_blocked : ""; }
  }

  if (notifyButton) {
    notifyButton.addEventListener("click", function () {
      if (notifying()) { remembered("0"); showNotifyState(); return; }
      var asked = Notification.requestPermission(function () { /* old callback form */ });
      Promise.resolve(asked).then(function () {
        remembered(Notification.permission === "granted" ? "1" : "0");
        showNotifyState();
      });
    });
  }

  function shownIds(root) {
    var ids = {};
    root.querySelectorAll("li > a[href]").forEach(function (a) { ids[a.getAttribute("href")] = true; });
    return ids;
  }

  function announce(fresh) {
    if (document.hidden) {
      unseen += fresh.length;
      document.title = "(" + unseen + ") " + baseTitle;
    }
    if (!notifying() || (!document.hidden && document.hasFocus())) { return; }
    fresh.slice(0, 3).forEach(function (a) {
      var from = a.querySelector(".from"), subject = a.querySelector(".subject");
      try {
        var note = new Notification(texts.new_mail, {
          body: (from ? from.textContent : "") + "\n" + (subject ? subject.textContent : ""),
          tag: a.getAttribute("href"), lang: document.documentElement.lang
        });
        note.onclick = function () { window.focus(); window.location.href = a.href; };
      } catch (e) { /* a browser that only notifies from a service worker: the title still counts */ }
    });
  }

  // New mail arrives over the live stream (server-sent events) while it is open; whenever it
  // cannot be held (no EventSource, the route refused or unreachable), the page polls as before.
  var streaming = false, pollTimer = null;

  function schedulePoll(delay) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, delay);
  }

  function insertRow(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    var row = holder.content.firstElementChild, link = row && row.querySelector("a[href]");
    if (!link || shownIds(list)[link.getAttribute("href")]) { return; }
    var rows = list.querySelector("ul.messages");
    if (!rows) {
      rows = document.createElement("ul");
      rows.className = "messages";
      list.textContent = "";
      list.appendChild(rows);
    }
    rows.insertBefore(row, rows.firstChild);
    localizeTimes(row);
    list.dataset.etag = "";   // the list changed: the next poll, if any, fetches it whole
    announce([link]);
  }

  function openStream() {
    var url = list.getAttribute("data-stream");
    if (!url || !window.EventSource) { return; }
    var source;
    try { source = new EventSource(url, { withCredentials: true }); } catch (e) { return; }
    source.addEventListener("open", function () {
      streaming = true;
      list.dataset.live = "stream";
      clearTimeout(pollTimer);
      pollTimer = null;
      poll();   // once: whatever landed before the stream opened
    });
    source.addEventListener("message", function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data && typeof data.html === "string" && (!onlyTag || data.tag === onlyTag)) {
        insertRow(data.html);
      }
    });
    source.addEventListener("end", function () {   // the inbox expired or was deleted
      source.close();
      streaming = false;
      list.dataset.live = "ended";
      setTimeout(function () { window.location.reload(); }, 1500);
    });
    source.addEventListener("error", function () {
      streaming = false;
      list.dataset.live = "poll";
      if (!pollTimer) { schedulePoll(document.hidden ? 10000 : 3000); }
      if (source.readyState === EventSource.CLOSED) {   // refused: try the stream again later
        setTimeout(openStream, 60000);
      }
    });
  }

  function poll() {
    pollTimer = null;
    if (!list) { return; }
    var headers = { "Accept": "text/html" };
    if (list.dataset.etag) { headers["If-None-Match"] = '"' + list.dataset.etag + '"'; }
    fetch(list.getAttribute("data-poll"), { headers: headers, credentials: "same-origin", cache: "no-cache" })
      .then(function (response) {
        if (response.status === 200) {
          var tag = (response.headers.get("ETag") || "").replace(/^W\//, "").replace(/"/g, "");
          return response.text().then(function (html) {
            var before = shownIds(list);
            list.innerHTML = html;
            localizeTimes(list);
            list.dataset.etag = tag;
            var fresh = Array.prototype.filter.call(list.querySelectorAll("li > a[href]"),
              function (a) { return !before[a.getAttribute("href")]; });
            if (fresh.length) { announce(fresh); }
          });
        }
        if (response.status === 404) { window.location.reload(); }
      })
      .catch(function () { /* offline for a moment: try again next round */ })
      .then(function () { if (!streaming) { schedulePoll(document.hidden ? 10000 : 3000); } });
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) { unseen = 0; document.title = baseTitle; }
  });

  // /open#TOKEN: the token rides in the fragment, which no request carries. Take it out of the
  // address bar (and history) at once, then post it in the form body with the CSRF token.
  var opener = document.querySelector("form[data-open-from-hash]");
  if (opener && window.location.hash.length > 1) {
    var token = window.location.hash.slice(1);
    try { token = decodeURIComponent(token); } catch (e) { /* use it as it is */ }
    history.replaceState(null, "", window.location.pathname + window.location.search);
    opener.elements.token.value = token;
    var note = document.querySelector(".opening");
    if (note) { note.hidden = false; }
    opener.submit();
  }

  var auto = document.querySelector("form[data-autosubmit]");
  if (auto) { auto.submit(); }
  localizeTimes(document);
  showNotifyState();
  tick();
  setInterval(tick, 1000);
  if (list) { schedulePoll(3000); openStream(); }
})();
