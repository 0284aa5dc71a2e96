using ApiStudio.Generator.Cli;

namespace ApiStudio.Generator;

internal static class Program
{
    private static int Main(string[] args) => CommandLine.Create(Console.Out, Console.Error).Parse(args).Invoke();
}
