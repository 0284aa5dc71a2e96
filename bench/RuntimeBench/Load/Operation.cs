namespace ApiStudio.RuntimeBench.Load;

/// <summary>One kind of request the load repeats: how to build the n-th one against a base URL, and the status it must answer.</summary>
public sealed record Operation(string Name, string Description, int ExpectedStatus, Func<string, long, HttpRequestMessage> Build);
