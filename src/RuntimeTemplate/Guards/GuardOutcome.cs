namespace ApiStudio.Runtime.Guards;

/// <summary>What the guards let through, and (in strip mode) what they dropped.</summary>
/// <param name="Allowed">Fields that may be written, in body order.</param>
/// <param name="Stripped">Fields dropped in strip mode, in body order, each with the GUARD_* code that refused it.</param>
public sealed record GuardOutcome(IReadOnlyList<string> Allowed, IReadOnlyDictionary<string, string> Stripped);
