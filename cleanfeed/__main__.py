from cleanfeed.cli import main

main()
