// Forms that ask before they are sent (提交, 审核通过): the question is the data-confirm text of
// the button that sends the form, or else of the form.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var button = event.submitter;
  var question = (button && button.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);

// 佐证材料: a file over the limit is refused before it is sent (the server checks again).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.classList || !form.classList.contains('evidence-upload')) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var file = input && input.files && input.files[0];
  var max = Number(form.getAttribute('data-max-bytes'));
  if (file && max && file.size > max) {
    event.preventDefault();
    var size = file.size >= 1048576 ? (file.size / 1048576).toFixed(1) + ' MB' : (file.size / 1024).toFixed(1) + ' KB';
    (form.querySelector('[data-file-error]') || document.getElementById('evidence-file-error')).textContent =
      form.getAttribute('data-too-large').replace('{name}', file.name).replace('{size}', size);
  }
}, true);

// A form whose data-unsaved-guard names another form of the page asks before it is sent while
// that form holds typing not yet saved: sending it reloads the page, and the typing would be lost.
var unsavedForms = {};
['input', 'change'].forEach(function (type) {
  document.addEventListener(type, function (event) {
    var form = event.target && event.target.form;
    if (form && form.id) {
      unsavedForms[form.id] = true;
    }
  }, true);
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  var guarded = form.getAttribute && form.getAttribute('data-unsaved-guard');
  if (guarded && unsavedForms[guarded] && !window.confirm(form.getAttribute('data-unsaved-message'))) {
    event.preventDefault();
  }
}, true);

// 按评分数据生成草稿: fills the textarea named by data-draft-target with the draft the server
// draws from the saved scores, asking first when the textarea holds text. Nothing is saved
// until the form is: the input event marks the form unsaved and refreshes the preview.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-draft-url]');
  if (!button) {
    return;
  }
  var target = document.getElementById(button.getAttribute('data-draft-target'));
  if (!target || (target.value.trim() && !window.confirm(button.getAttribute('data-draft-confirm')))) {
    return;
  }
  fetch(button.getAttribute('data-draft-url'), { credentials: 'same-origin', headers: { 'Accept': 'text/plain' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.text();
    })
    .then(function (text) {
      target.value = text;
      target.dispatchEvent(new Event('input', { bubbles: true }));
    })
    .catch(function () {
      window.alert(button.getAttribute('data-draft-error'));
    });
});
