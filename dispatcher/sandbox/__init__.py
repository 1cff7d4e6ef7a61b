"""Built-in Open311 GeoReport v2 sandbox server (aiohttp + SQLite).

    runner = await serve("127.0.0.1", 0, ":memory:", token_delay=0.5)
    ...
    await runner.cleanup()

`run_forever(host, port, db_path)` blocks and is what `relay311 sandbox` calls.
"""

from .app import create_app, run_forever, serve
from .profiles import PROFILES, Profile

__all__ = ["PROFILES", "Profile", "create_app", "run_forever", "serve"]
