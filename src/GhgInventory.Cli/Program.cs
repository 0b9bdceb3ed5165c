using GhgInventory.Cli;

return GhgCommandLine.Run(args, CliEnvironment.FromConsole());
