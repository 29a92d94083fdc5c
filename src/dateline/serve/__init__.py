"""`dateline serve`: a corpus as a JSON API and web pages, offline (FastAPI, Jinja2, uvicorn).

One app object, made by `create_app` (datasette's model): the CLI makes it and runs it; tests
make it too. Every read goes through the same `dateline.store` query functions the CLI uses, on
read-only connections with a time limit (one per worker thread).

    app             create_app: routes, middleware, error handlers; run: bind rules and uvicorn
    state           the corpus the app serves (per-thread readers) and the lazily loaded pipeline
    security        the token rule, the body size limit, security headers (CSP)
    api             the JSON API (/api/...), described by /openapi.json
    pages           the web pages (Jinja2 templates in templates/, CSS, JS and the map in static/)
    article_html    an article's text with its record drawn on it
    charts          bars over time and the world map, as SVG
"""

from dateline.serve.app import ServeError, create_app, run

__all__ = ["create_app", "run", "ServeError"]
