// casecurve's service worker: keeps the site in the browser so that it opens offline after
// the first visit. scripts/post-build writes dist/sw.js from this file at each release
// build, filling in FILES (every file of the build; "./" is the page) and VERSION (a hash
// of their names and contents), so each deployment has a cache of its own. The page
// registers it from src/ui/offline.rs. It never fetches anything but the site's own files.

const VERSION = "{{VERSION}}";
const FILES = ["{{FILES}}"];

const PREFIX = "casecurve-";
const CACHE = PREFIX + VERSION;
/** The kept files as absolute URLs (the site may live under any sub-path). */
const KEPT = new Set(FILES.map((file) => new URL(file, self.location).href));
const PAGE = new URL("./", self.location).href;

// Keeps this build's files. `cache: "reload"` goes past the HTTP cache, so the cache holds
// what this deployment serves. A new worker takes over at once: the page loads all its
// files at start, so an open page never asks for a file of the old build later.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...KEPT].map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

// Deletes the caches of earlier builds, then serves the open pages at once.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page: network first, past any HTTP cache the host allows (GitHub Pages: 10 minutes),
// so a new deployment shows on the next load; this build's copy when the network fails. The build's other files (hashed names, which never change
// content): cache first. Anything else goes to the network untouched.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request, { cache: "no-cache" }).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(PAGE)).then((page) => page ?? Response.error()),
      ),
    );
  } else if (KEPT.has(request.url)) {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(request))
        .then((kept) => kept ?? fetch(request)),
    );
  }
});
