namespace ApiStudio.Generator.Export;

/// <summary>What <see cref="FolderWriter"/> did.</summary>
/// <param name="Directory">The full path of the project folder.</param>
/// <param name="Written">The export's files written, relative paths.</param>
/// <param name="KeptUserFiles">Files under Custom/ that already existed and were kept instead of the export's version.</param>
/// <param name="CarriedFiles">Other files of the old folder carried into the new one (the database, .git, notes).</param>
public sealed record FolderWriteResult(string Directory, IReadOnlyList<string> Written, IReadOnlyList<string> KeptUserFiles, IReadOnlyList<string> CarriedFiles);
