import sys

from casemanager.cli.main import main

sys.exit(main())
