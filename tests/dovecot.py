"""A real Dovecot IMAP server for tests: one throwaway mail user, plaintext login on a free loopback port.

Debian's `dovecot-imapd` must be installed and the tests must run as root (Dovecot refuses to serve mail as
root, so the mail belongs to a system user `vmail` created here when missing). Each server gets its own
directory under /tmp (pytest's tmp_path is not reachable by the unprivileged Dovecot processes).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aioimaplib

USER = "council@test"
PASSWORD = "imap-secret-for-tests"
MAIL_USER = "vmail"


def unavailable() -> str | None:
    """Why a Dovecot cannot be started here, or None when it can."""
    if shutil.which("dovecot") is None:
        return "dovecot is not installed (apt-get install -y dovecot-imapd; .ci/run does this)"
    if os.geteuid() != 0:
        return "Dovecot test servers need root (to run as the vmail user)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _mail_user() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(["useradd", "-r", "-M", "-s", "/usr/sbin/nologin", MAIL_USER], check=True)
        entry = pwd.getpwnam(MAIL_USER)
    return entry.pw_uid, entry.pw_gid


CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = {first_uid}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {dir}/passwd
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


class Dovecot:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="relay311-dovecot-"))
        self.dir.chmod(0o755)
        self.port = free_port()
        self.host = "127.0.0.1"
        self.user = USER
        self.password = PASSWORD
        self.runs = 0
        uid, gid = _mail_user()
        home = self.dir / "mail"
        home.mkdir()
        os.chown(home, uid, gid)
        (self.dir / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{home}\n")
        (self.dir / "state").mkdir()
        self.config = self.dir / "dovecot.conf"
        self.config.write_text(CONFIG.format(dir=self.dir, port=self.port, first_uid=min(uid, 100)))

    @property
    def log(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def start(self) -> None:
        """Start the server (a fresh base_dir each time, so a dying old master never blocks it)."""
        self.runs += 1
        run = self.dir / f"run{self.runs}"
        text = self.config.read_text()
        for line in text.splitlines():
            if line.startswith("base_dir = "):
                text = text.replace(line, f"base_dir = {run}")
        self.config.write_text(text)
        # dovecot forks its master, which keeps inherited pipes open: send its output to a file instead
        with open(self.dir / "start.log", "ab") as out:
            subprocess.run(["dovecot", "-c", str(self.config)], check=True, stdout=out, stderr=out)
        self._run = run
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=1):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot did not start listening on {self.port}:\n{self.log}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server and wait until its port is free and its master has gone."""
        pid_file = self._run / "master.pid"
        if not pid_file.exists():
            return
        pid = int(pid_file.read_text().strip())
        # the master leaves running imap processes serving their connections: end them too, so that
        # clients see the server go away (only this master's own children)
        for child in _children(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 2
        while _alive(pid):
            if time.monotonic() > deadline:  # it may wait for children: no need to be gentle in tests
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.02)
        pid_file.unlink(missing_ok=True)

    def remove(self) -> None:
        self.stop()
        for _ in range(20):  # processes still dying may write a last log line meanwhile
            shutil.rmtree(self.dir, ignore_errors=True)
            if not self.dir.exists():
                return
            time.sleep(0.05)

    def set_uidvalidity(self, mailbox: str, value: int) -> None:
        """Give `mailbox` a new UIDVALIDITY, as a restored backup or a migrated server does."""
        subprocess.run(
            ["doveadm", "-c", str(self.config), "mailbox", "update", "-u", USER, "--uid-validity", str(value)]
            + [mailbox],
            check=True,
            capture_output=True,
        )

    @asynccontextmanager
    async def client(self, mailbox: str = "INBOX") -> AsyncIterator[aioimaplib.IMAP4]:
        """A logged-in IMAP client with `mailbox` selected (the test's own view of the mailbox)."""
        imap = aioimaplib.IMAP4(host=self.host, port=self.port, timeout=10)
        await imap.wait_hello_from_server()
        response = await imap.login(self.user, self.password)
        assert response.result == "OK", response
        await imap.select(mailbox)
        try:
            yield imap
        finally:
            with contextlib.suppress(Exception):
                await imap.logout()

    async def append(self, raw: bytes, mailbox: str = "INBOX") -> None:
        async with self.client(mailbox) as imap:
            response = await imap.append(raw, mailbox=mailbox)
            assert response.result == "OK", response

    async def flags(self, mailbox: str = "INBOX") -> dict[int, set[str]]:
        """UID -> flags of every message in `mailbox`."""
        async with self.client(mailbox) as imap:
            response = await imap.uid("fetch", "1:*", "(UID FLAGS)")
        result: dict[int, set[str]] = {}
        for line in response.lines:
            if not isinstance(line, bytes | bytearray) or b"FETCH" not in line:
                continue
            text = bytes(line).decode()
            uid = int(text.split("UID ", 1)[1].split()[0].rstrip(")"))
            flags = text.split("FLAGS (", 1)[1].split(")", 1)[0].split()
            result[uid] = set(flags) - {"\\Recent"}
        return result

    async def create(self, mailbox: str) -> None:
        async with self.client() as imap:
            await imap.create(mailbox)


def _alive(pid: int) -> bool:
    """Running, and not a zombie (nobody may reap the daemonised master in a container)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent:
            found.append(int(entry.name))
    return found


async def start_dovecot() -> Dovecot:
    server = Dovecot()
    await asyncio.to_thread(server.start)
    return server
