export default defineBackground(() => {
  // Findings per tab and the badge arrive with the extension issue.
});
