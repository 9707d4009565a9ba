// 绩效目标完成情况自评表 (/evaluations/{id}/goals): the 新增任务 / 新增指标 buttons add an empty
// row in the page, without a save. Each button names its table body (data-add-row) and the
// <template> of an empty row (data-template), whose field names hold NEW where the row
// number goes (task:NEW:name); the body says the next free number (data-next) and how many
// rows the table may have (data-max). The blank rows the server renders for pages without
// this script are taken away while still empty, so added rows follow the filled ones; a
// table left without rows gets one.
(function () {
  'use strict';

  function rowsOf(body) {
    return body.querySelectorAll('tr').length;
  }

  function update(button, body) {
    var max = parseInt(body.getAttribute('data-max'), 10);
    var full = !isNaN(max) && rowsOf(body) >= max;
    button.disabled = full;
    if (full) {
      button.title = button.getAttribute('data-full') || '';
    } else {
      button.removeAttribute('title');
    }
  }

  function empty(row) {
    return Array.prototype.every.call(row.querySelectorAll('input, textarea, select'), function (field) {
      return field.value === '';
    });
  }

  function addRow(button, body, template, focus) {
    var next = parseInt(body.getAttribute('data-next'), 10);
    if (isNaN(next)) {
      next = rowsOf(body);
    }
    var row = template.content.querySelector('tr').cloneNode(true);
    row.querySelectorAll('[name]').forEach(function (field) {
      field.name = field.name.replace(':NEW:', ':' + next + ':');
    });
    row.classList.remove('blank-row');
    row.classList.add('added-row');
    body.appendChild(row);
    body.setAttribute('data-next', String(next + 1));
    update(button, body);
    var name = row.querySelector('[name$=":name"]');
    if (name && focus) {
      name.focus();
    }
  }

  function setUp() {
    document.querySelectorAll('button[data-add-row]').forEach(function (button) {
      var body = document.getElementById(button.getAttribute('data-add-row'));
      var template = document.getElementById(button.getAttribute('data-template'));
      if (!body || !template || !('content' in template)) {
        return;
      }
      body.querySelectorAll('tr.blank-row').forEach(function (row) {
        if (empty(row)) {
          row.remove();
        }
      });
      if (rowsOf(body) === 0) {
        addRow(button, body, template, false);
      }
      button.hidden = false;
      update(button, body);
      button.addEventListener('click', function () {
        addRow(button, body, template, true);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
}());
