// Saves bytes streamed from the server as a file (the zip of an export).
window.apiStudio = window.apiStudio || {};
window.apiStudio.download = async (fileName, streamReference) => {
  const buffer = await streamReference.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};
