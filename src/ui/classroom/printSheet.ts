// Prints one sheet alone (a student's report, the class link for the board): the sheet goes straight
// under <body>, print.css shows nothing else, and it stays until the browser says printing is over.
export function printAlone(sheet: HTMLElement): void {
  document.querySelectorAll('body > .print-sheet').forEach((old) => old.remove());
  sheet.classList.add('print-sheet');
  document.body.append(sheet);
  document.body.classList.add('printing-sheet');
  window.addEventListener(
    'afterprint',
    () => {
      sheet.remove();
      document.body.classList.remove('printing-sheet');
    },
    { once: true },
  );
  window.print();
}
