namespace ApiStudio.Runtime.Guards;

/// <summary>Why one field may not be written: the GUARD_* code, the definition rule, plain words and a fix.</summary>
internal sealed record FieldRuling(string Code, string Rule, string Reason, string Fix);
