from komisja.cli import main

main()
