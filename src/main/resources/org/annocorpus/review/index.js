/* Index page: sort the documents by any column (click its heading; again to reverse). */
(function () {
  'use strict';
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    var headings = table.querySelectorAll('th[data-column]');
    headings.forEach(function (th) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var column = Number(th.getAttribute('data-column'));
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headings.forEach(function (other) {
          other.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a = x.cells[column];
          var b = y.cells[column];
          var av = a.getAttribute('data-value');
          var bv = b.getAttribute('data-value');
          var order;
          if (av !== null && bv !== null) {
            order = Number(av) - Number(bv);
          } else {
            order = a.textContent.localeCompare(b.textContent);
          }
          if (order === 0) {
            order = x.getAttribute('data-order') - y.getAttribute('data-order');
            return order;
          }
          return ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  });
  document.body.classList.add('ready');
})();
