# SPDX-License-Identifier: EUPL-1.2
# Container image of Herstel: one image for the web server, the Celery
# workers, Celery beat and one-off commands (migrate, ingest, ...).
# Build: docker build -t herstel .   Run it as described in docs/deployment.md.

# --- build: a virtual environment with Herstel and its locked dependencies ---
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# A C compiler for the compiled detection engine (setup.py); only in this stage.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md LICENSE NOTICE ./
COPY requirements ./requirements
COPY bin ./bin
COPY src ./src
RUN python -m venv /venv \
 && /venv/bin/pip install "polib==$(grep -i '^polib==' requirements/constraints.txt | cut -d= -f3)" \
 && /venv/bin/python bin/compile_messages.py \
 && /venv/bin/pip install -c requirements/constraints.txt ".[s3]" \
 && /venv/bin/pip uninstall --yes polib

# --- runtime ---
FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install --yes --no-install-recommends \
      tesseract-ocr tesseract-ocr-nld fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 1000 --user-group --home-dir /app herstel \
 && mkdir -p /app/var/keys /app/static \
 && chown -R herstel:herstel /app/var
COPY --from=build /venv /venv
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=herstel.conf.production \
    HERSTEL_VAR_DIR=/app/var \
    STATIC_ROOT=/app/static \
    GUNICORN_BIND=0.0.0.0:8000
# Static files are collected into the image; the throwaway values below exist
# only for this build step (production settings refuse to start without them).
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=build \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    HERSTEL_MASTER_KEY=Y29sbGVjdHN0YXRpYy1vbmx5LW5vdC1hLWtleSEhISE= \
    herstel collectstatic --noinput --verbosity 0 \
 && rm -f /tmp/collectstatic.sqlite3
WORKDIR /app
USER herstel
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=4).status != 200)"
CMD ["gunicorn", "-c", "python:herstel.conf.gunicorn", "herstel.wsgi:application"]
