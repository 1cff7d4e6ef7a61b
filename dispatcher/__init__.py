"""Open311 GeoReport v2: the async client (`dispatcher.client`) and a built-in sandbox server
(`dispatcher.sandbox`). Errors are in `dispatcher.errors`, value types in `dispatcher.models`."""
