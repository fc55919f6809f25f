#!/bin/sh
# Installs what the benchmarks compare against (Debian packages), never used by the tests:
#   frog           the Dutch NLP peer (tagger, lemmatiser, parser) with its data (frogdata);
#                  ucto + uctodata hold the tokenizer rules frog needs (only "recommended")
#   debian-faq-nl  real Dutch prose nobody in this project wrote (the Debian FAQ)
#   hyperfine      optional; run.py times start-up with repeated subprocesses itself
# Needs root (or sudo) on Debian/Ubuntu. Safe to run twice.
set -eu
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    frog frogdata ucto uctodata debian-faq-nl
echo "frog: $(command -v frog || echo 'niet gevonden')"
ls /usr/share/doc/debian-faq-nl/ 2>/dev/null || true
