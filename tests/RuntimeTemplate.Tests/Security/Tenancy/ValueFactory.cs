using System.Globalization;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Values for masked columns that are unique across the whole run and never a substring of one another, of an
/// id, a timestamp or a request id: each carries a sequence number between fixed delimiters and has a fixed shape.
/// </summary>
public sealed class ValueFactory
{
    private int sequence = 100;

    public int Next() => Interlocked.Increment(ref sequence);

    public string Email(int org) => $"s{Next()}x.o{org}@hidden{org}.example";

    /// <summary>Ten digits after +44 (a valid phone), always the same length.</summary>
    public string Phone() => $"+44 7{Next():D5} 0{Next() % 10}";

    public string Ssn(int org) => $"{Next() % 900 + 100:D3}-{org + 10:D2}-{Next() % 9000 + 1000:D4}";

    public string Passport() => $"XW{Next():D6}YZ";

    public string FullName() => $"Vera S{Next()}q Lind";

    public string Card() => $"4111 1111 {Next():D4} {Next() % 9000 + 1000:D4}";

    public string Iban() => $"DE89 3704 {Next():D4} {Next() % 9000 + 1000:D4} 00";

    public string Token(int org) => $"tok_s{Next()}x_o{org}";

    /// <summary>Six digits, a point and 25: no other number of the run has this shape.</summary>
    public double Salary() => 100_000 + Next() + 0.25;

    public static string NumberText(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
