import sys

from infoviz.app import main

sys.exit(main())
