using System.Text;
using PiCluster.Remote;

namespace PiCluster.Cli;

/// <summary>Asks for secrets on the terminal without echo; answers null when there is no terminal to ask.</summary>
public sealed class ConsolePrompt : ISecretPrompt
{
    public static readonly ConsolePrompt Instance = new();

    public string? Ask(string question)
    {
        if (Console.IsInputRedirected) return null;
        lock (TerminalStatus.Gate)
        {
            TerminalStatus.ClearLine();
            Console.Error.Write(question + " ");
            var answer = new StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace) { if (answer.Length > 0) answer.Length--; }
                else if (!char.IsControl(key.KeyChar))
                {
                    answer.Append(key.KeyChar);
                }
            }
            Console.Error.WriteLine();
            return Secrets.Add(answer.ToString());
        }
    }
}
