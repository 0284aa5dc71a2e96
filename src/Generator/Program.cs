using ApiStudio.Generator.Cli;

return CommandLine.Create(Console.Out, Console.Error).Parse(args).Invoke();
