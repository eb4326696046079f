# Every target creates the virtual environment when it is missing, so a fresh
# clone needs nothing but Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean screenshots translations

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

TS := resources/translations/casemanager_en.ts
QM := $(TS:.ts=.qm)

# the English texts: new texts of the screens (ui/) and of the core's tr() sentences
# (casemanager/, reports/) into the .ts (its translations are kept), compiled
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui casemanager reports -name '*.py' | sort) -ts $(TS) \
		-source-language nl_NL -target-language en_GB -no-obsolete -locations none
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# the desktop application on a demo dossier, made once in the user's data directory
run: $(STAMP) $(QM)
	@demo="$$($(BIN)/python -c 'from ui.settings import demo_dossier_path; print(demo_dossier_path())')"; \
	mkdir -p "$$(dirname "$$demo")"; \
	test -f "$$demo" || $(BIN)/casemanager demo "$$demo"; \
	$(BIN)/casemanager start "$$demo"

# the README's screenshots in docs/screenshots (English in en/), rendered offscreen from a
# fresh demo dossier
screenshots: $(STAMP) $(QM)
	$(BIN)/python -m ui.screenshots
	$(BIN)/python -m ui.screenshots --language en --out docs/screenshots/en

test: $(STAMP) $(QM)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check casemanager models reports ui tests benchmarks
	$(BIN)/ruff format --check casemanager models reports ui tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
