/**
 * A web page built to run script and reach the network in every way a page can: scripts, handlers,
 * a meta refresh, remote styles, images, frames, objects, forms and javascript: links. Importing and
 * viewing it must run none of it (window.__hostileRan stays undefined) and fetch nothing.
 */
export const HOSTILE_HTML = `<!doctype html>
<html><head><meta charset="utf-8">
<title>Harmless looking page</title>
<meta http-equiv="refresh" content="0; url=http://evil.example/refresh">
<link rel="stylesheet" href="http://evil.example/style.css">
<style>body { background: url(http://evil.example/style-bg.png) } @import url(http://evil.example/import.css);</style>
<script>window.__hostileRan = true; fetch('http://evil.example/beacon');</script>
<script src="http://evil.example/tracker.js"></script>
<base href="http://evil.example/">
</head><body onload="window.__hostileRan = true">
<h1>Harmless looking page</h1>
<p>First paragraph of the hostile page.</p>
<img src="http://tracker.example/pixel.gif" width="1" height="1" alt="">
<img src="x" onerror="window.__hostileRan = true" alt="broken">
<iframe src="http://evil.example/frame"></iframe>
<p style="background-image: url(http://evil.example/inline.png)">Second paragraph with an inline url() style.</p>
<p><a href="javascript:window.__hostileRan = true">Click for more</a> and <a href="https://example.org/story">a real link</a>.</p>
<svg onload="window.__hostileRan = true"><image href="http://evil.example/svg.png"/></svg>
<object data="http://evil.example/object.swf"></object>
<form action="http://evil.example/form"><input name="q" value="search"></form>
<noscript><img src="http://evil.example/noscript.gif"></noscript>
<p>Last paragraph of the hostile page.</p>
</body></html>`;
