import sys

from intake.cli.app import main

sys.exit(main())
