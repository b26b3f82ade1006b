from jcpoa_tracker.cli import main

main()
