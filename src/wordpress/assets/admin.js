/* MN Widgets settings: "Add a service" / "Add one" copy the last (empty) row with the next index. */
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.mnwidgets-add-row');
  if (!button) return;
  var list = document.getElementById(button.getAttribute('data-table'));
  var rows = list && list.querySelectorAll('.mnwidgets-row');
  if (!rows || !rows.length) return;
  var last = rows[rows.length - 1];
  var next = rows.length;
  var copy = last.cloneNode(true);
  copy.querySelectorAll('input, textarea, label').forEach(function (el) {
    ['name', 'id', 'for'].forEach(function (attr) {
      var v = el.getAttribute(attr);
      if (v) el.setAttribute(attr, v.replace(/\[\d+\]/, '[' + next + ']').replace(/_\d+_/, '_' + next + '_'));
    });
    if (el.type === 'checkbox') el.checked = el.defaultChecked;
    else if (el.value !== undefined && el.tagName !== 'LABEL') el.value = '';
  });
  last.parentNode.appendChild(copy);
  var first = copy.querySelector('input, textarea');
  if (first) first.focus();
});
