"""The coordinator's web console (`intake web`): Starlette pages rendered with Jinja2, served by uvicorn.

Pages are plain HTML forms; no script is needed for any action. See app.py for what every request goes
through, pages.py for the pages, documents.py for how stored files reach the browser.
"""
