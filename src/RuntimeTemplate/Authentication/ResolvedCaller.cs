using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Authentication;

/// <summary>The authentication layer's answer: the caller, the sign-in chain behind it if any, and how it was recognised.</summary>
public sealed record ResolvedCaller(CallerIdentity Caller, string? ChainId, string Rule, string Reason);
