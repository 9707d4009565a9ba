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
