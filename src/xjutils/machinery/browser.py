"""A headless Chromium, driven over the DevTools protocol, to check pages as a reader sees them.

No driver package: Chromium's own remote-debugging websocket (websocket-client is already in
the environment). Used by the site test and the JupyterLab check.
"""

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import websocket

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,900",
    "--remote-debugging-port=0",
]


def executable() -> str | None:
    """Path of a Chromium on this machine, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


# Marks the document a tab holds before it navigates away, so that READY can tell it apart.
OLD = "window.__xjutils_old = true"
# Resolves once the new page, its images and its fonts are complete; false at once while the
# document is still the old one.
READY = """new Promise(resolve => {
  if (window.__xjutils_old) { resolve(false); return; }
  const done = () => Promise.all([...document.images].filter(i => !i.complete).map(i =>
      new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })))
    .then(() => document.fonts.ready).then(() => resolve(true));
  if (document.readyState === 'complete') done(); else addEventListener('load', done);
})"""


class Page:
    """One tab: navigate, evaluate JavaScript, collect console errors, take screenshots."""

    def __init__(self, ws_url: str):
        # Chromium sends valid UTF-8; checking it in Python cost a screenshot's worth of time
        self.ws = websocket.create_connection(
            ws_url, timeout=60, suppress_origin=True, skip_utf8_validation=True
        )
        self.ids = itertools.count(1)
        self.errors: list[str] = []
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(method)

    def _event(self, msg: dict) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.exceptionThrown":
            self.errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(a.get("value", "")) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.errors.append(f"{params['entry']['text']} ({params['entry'].get('url', '')})")

    def call(self, method: str, **params) -> dict:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._event(msg)

    def goto(self, url: str, settle: float = 0.05) -> None:
        """Load a page and wait until it, its images and its fonts are complete (a page printed
        before its inline @font-face fonts load falls back to other fonts: a different PDF).

        The wait is Chromium's own (a promise awaited over the protocol), not a poll: a page
        costs what it takes to load. Until the new document is there, the promise may run in
        the old one (it answers false) or be cut off with it: asked again."""
        self.js(OLD)
        self.errors.clear()
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                res = self.call(
                    "Runtime.evaluate", expression=READY, awaitPromise=True, returnByValue=True
                )
                if res.get("result", {}).get("value"):
                    break
            except RuntimeError:  # the context it ran in was destroyed by the navigation
                pass
            time.sleep(0.01)
        time.sleep(settle)
        self.js("0")  # drain events that arrived meanwhile

    def js(self, expression: str):
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return res.get("result", {}).get("value")

    def screenshot(self, path: Path) -> Path:
        self.call("Page.bringToFront")  # a background tab is never painted
        data = self.call("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)


@contextmanager
def chromium():
    """Start a headless Chromium with a fresh profile; yield a Page; always shut it down.

    Raises:
        FileNotFoundError: no Chromium is installed.
    """
    with tabs(1) as (page,):
        yield page


@contextmanager
def tabs(count: int):
    """Like `chromium`, with `count` tabs, for pages that load or print side by side (each tab
    is driven from its own thread; Chromium renders them in parallel).

    Raises:
        FileNotFoundError: no Chromium is installed.
    """
    import urllib.request

    exe = executable()
    if exe is None:
        raise FileNotFoundError(
            "no chromium found; install Debian's package: apt-get install chromium"
        )
    profile = Path(tempfile.mkdtemp(prefix="xjutils-chromium-"))
    proc = subprocess.Popen(
        [exe, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        # its org.chromium.Chromium.* folders too go into the profile, removed below
        env=os.environ | {"TMPDIR": str(profile)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pages: list[Page] = []
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        http = f"http://127.0.0.1:{port_file.read_text().split()[0]}/json"
        targets = json.loads(urllib.request.urlopen(http, timeout=30).read())
        urls = [next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"]]
        for _ in range(count - 1):
            new = urllib.request.Request(f"{http}/new?about:blank", method="PUT")
            urls.append(
                json.loads(urllib.request.urlopen(new, timeout=30).read())["webSocketDebuggerUrl"]
            )
        pages = [Page(url) for url in urls]
        yield pages
    finally:
        for page in pages:
            page.ws.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
