# Desktop bundle (PyInstaller). See README "Desktop bundle".
#
#   make bundle     build dist/contract-reviewer/ (installs PyInstaller into .venv if missing)
#   make selftest   run the bundle's --self-test (builds it first if there is none)
#
# DIST and WORK move the output and PyInstaller's work folder: make bundle DIST=/tmp/b

VENV   ?= .venv
PYTHON ?= $(VENV)/bin/python
DIST   ?= dist
WORK   ?= build/pyinstaller
NAME   := contract-reviewer
EXE    := $(DIST)/$(NAME)/$(NAME)

.PHONY: bundle selftest

bundle:
	@test -x $(PYTHON) || { echo "No virtualenv at $(VENV): run 'bash dev.sh setup' first." >&2; exit 1; }
	@$(PYTHON) -c "import PyInstaller" 2>/dev/null || $(PYTHON) -m pip install -q -e ".[bundle]"
	$(PYTHON) -m PyInstaller --noconfirm --log-level WARN --distpath $(DIST) --workpath $(WORK) build.spec
	@du -sh $(DIST)/$(NAME)

$(EXE):
	$(MAKE) bundle

selftest: $(EXE)
	env -u QT_QPA_PLATFORM $(EXE) --self-test
