// 指标体系草稿: the sum of the leaves' weights, per group and in all, as the administrator types
// (in hundredths, so that 0.1 + 0.2 is 0.3). The server checks again on publishing.
(function () {
  function cents(text) {
    var value = String(text || '').trim();
    if (!/^-?\d+(\.\d{1,2})?$/.test(value)) {
      return null;
    }
    var negative = value.charAt(0) === '-';
    var parts = value.replace('-', '').split('.');
    var result = Number(parts[0]) * 100 + Number(((parts[1] || '') + '00').substring(0, 2));
    return negative ? -result : result;
  }

  function show(hundredths) {
    var negative = hundredths < 0;
    var abs = Math.abs(hundredths);
    var whole = Math.floor(abs / 100);
    var rest = abs % 100;
    var text = String(whole) + (rest === 0 ? '' : '.' + (rest < 10 ? '0' : '') + String(rest).replace(/0$/, ''));
    return (negative ? '-' : '') + text;
  }

  function recompute() {
    var weights = document.querySelectorAll('input.fw-weight');
    var sums = {};
    var total = 0;
    var unreadable = false;
    weights.forEach(function (input) {
      var value = cents(input.value);
      if (value === null) {
        unreadable = true;
        return;
      }
      total += value;
      (input.getAttribute('data-groups') || '').split(' ').forEach(function (group) {
        if (group) {
          sums[group] = (sums[group] || 0) + value;
        }
      });
    });
    document.querySelectorAll('.fw-sum[data-sum]').forEach(function (span) {
      span.textContent = show(sums[span.getAttribute('data-sum')] || 0);
    });
    var box = document.getElementById('fw-total');
    if (!box || unreadable) {
      return;
    }
    var off = total - 10000;
    if (box.hasAttribute('data-goals')) {
      // The 年度绩效指标 take what the fixed leaves leave of 100.
      box.textContent = box.getAttribute(off < 0 ? 'data-goals' : 'data-goals-full')
        .replace('{0}', show(total)).replace('{1}', show(Math.abs(off)));
      box.classList.toggle('off', off >= 0);
      return;
    }
    var template = off === 0 ? box.getAttribute('data-ok')
      : box.getAttribute(off > 0 ? 'data-over' : 'data-under');
    box.textContent = template.replace('{0}', show(total)).replace('{1}', show(Math.abs(off)));
    box.classList.toggle('off', off !== 0);
  }

  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('fw-weight')) {
      recompute();
    }
  });
  document.addEventListener('DOMContentLoaded', recompute);
})();
