"""`python -m xjutils labcheck`: does JupyterLab, as `make lab` starts it, open a chapter?

Starts JupyterLab on the project's kernel and a free local port, opens a chapter notebook in
headless Chromium, checks that its Chinese text is there and a CJK font is available to the
browser, and saves a screenshot to outputs/lab-<notebook>.png.
"""

import socket
import subprocess
import sys
import time
import urllib.request

from .. import paths
from . import browser

TOKEN = "xjutils-labcheck"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(notebook: str = "01_overall") -> int:
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={paths.ROOT}",
            "--ServerApp.allow_root=True",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print("JupyterLab did not start", file=sys.stderr)
                    return 1
                time.sleep(0.5)
        shot = paths.outputs() / f"lab-{notebook}.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        with browser.chromium() as tab:
            tab.goto(f"{base}/lab/tree/notebooks/{notebook}.ipynb?token={TOKEN}")
            for _ in range(60):  # JupyterLab renders the notebook after the page loads
                if tab.js("!!document.querySelector('.jp-RenderedMarkdown h1')"):
                    break
                time.sleep(0.5)
            time.sleep(2)
            # JupyterLab asks once whether to fetch Jupyter news: answer no, then bring the
            # first executed output into view so the screenshot shows a cell with its result.
            tab.js(
                "[...document.querySelectorAll('.jp-toast-button, .Toastify button')]"
                ".filter(b => /^(No|Dismiss)$/.test(b.innerText.trim()))"
                ".forEach(b => b.click())"
            )
            tab.js("document.querySelector('.jp-OutputArea-output')?.scrollIntoView()")
            time.sleep(1)
            executed = tab.js("document.querySelectorAll('.jp-OutputArea-output').length")
            toast = tab.js(
                "[...document.querySelectorAll('.Toastify__toast')].map(t => t.innerText).join('|')"
            )
            heading = tab.js("document.querySelector('.jp-RenderedMarkdown h1')?.innerText")
            font = tab.js("document.fonts.check('16px \"Noto Sans CJK SC\"')")
            tab.screenshot(shot)
        ok = bool(heading) and any("\u4e00" <= ch <= "\u9fff" for ch in heading)
        print(
            f"notebook heading: {heading!r}; CJK font available: {font}; "
            f"outputs shown: {executed}; pop-up left: {toast}; screenshot: {shot}"
        )
        return 0 if ok and font and executed and not toast else 1
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
