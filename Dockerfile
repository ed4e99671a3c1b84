# Production image: `assistant run` with the database from DATABASE_URL (PostgreSQL in production).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////data/assistant.db \
    ASSISTANT_LOCALES_DIR=/app/locales

RUN useradd --create-home --uid 10001 assistant && mkdir /data && chown assistant /data
WORKDIR /app

COPY pyproject.toml README.md ./
COPY assistant ./assistant
COPY handlers ./handlers
COPY storage ./storage
COPY locales ./locales
RUN pip install --no-cache-dir '.[postgres]'

USER assistant
VOLUME ["/data"]
EXPOSE 3000
ENTRYPOINT ["assistant"]
CMD ["run"]
