from taalcheck.cli import main

main()
