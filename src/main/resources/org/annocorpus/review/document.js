/* Document page: filters, the details panel, selection by click or by the address (#g3). */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var annotations = data.annotations;
  var text = document.getElementById('text');
  var panel = document.getElementById('details');
  var form = document.getElementById('filters');
  var hint = panel.innerHTML;

  /* Every element drawn for an annotation: its pieces of text, its badge, its label. */
  var elements = {};
  text.querySelectorAll('[data-a]').forEach(function (el) {
    var id = el.getAttribute('data-a');
    (elements[id] = elements[id] || []).push(el);
  });
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-ids]'));

  function checkedValues(name) {
    var values = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      values[input.value] = input.checked;
    });
    return values;
  }

  var visible = {};
  function applyFilters() {
    var layers = checkedValues('layer');
    var sides = checkedValues('side');
    var types = checkedValues('type');
    var statuses = checkedValues('status');
    Object.keys(annotations).forEach(function (id) {
      var a = annotations[id];
      var on = layers[a.layer] !== false && sides[a.side] !== false && types[a.type] !== false
          && statuses[a.status] !== false;
      visible[id] = on;
      (elements[id] || []).forEach(function (el) {
        el.classList.toggle('off', !on);
      });
    });
    rows.forEach(function (row) {
      var on = row.getAttribute('data-ids').split(' ').some(function (id) {
        return visible[id];
      });
      row.classList.toggle('off', !on);
    });
    document.body.classList.toggle('no-labels', !document.getElementById('show-labels').checked);
  }
  form.addEventListener('change', applyFilters);

  /* The annotations under an element of the text, innermost first. */
  function annotationsAt(el) {
    var ids = [];
    while (el && el !== text && el !== document.body) {
      var id = el.getAttribute && el.getAttribute('data-a');
      if (id && ids.indexOf(id) < 0 && visible[id] !== false) {
        ids.push(id);
      }
      el = el.parentNode;
    }
    return ids;
  }

  function add(parent, tag, className, content) {
    var el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    if (content !== undefined) {
      el.textContent = content;
    }
    parent.appendChild(el);
    return el;
  }

  function describe(a) {
    return a.side + ' ' + a.type + ' ' + a.begin + '–' + a.end + ' “' + a.text + '”';
  }

  function card(id) {
    var a = annotations[id];
    var box = document.createElement('section');
    box.className = 'card ' + (a.side === 'gold' ? 'g' : 's');
    var head = add(box, 'p', 'card-head');
    add(head, 'span', 'side', a.side === 'gold' ? 'GOLD' : 'SYSTEM');
    add(head, 'span', null, ' ' + a.layerName + ' · ' + a.type + ' ');
    add(head, 'span', 'verdict k-' + a.status.replace('+', '-'), a.status === 'unscored' ? 'not scored' : a.status);
    add(box, 'p', 'quote', '“' + a.text + '”');
    add(box, 'p', 'offsets', 'code points ' + a.begin + '–' + a.end + ' · ' + id);
    var facts = add(box, 'dl');
    function fact(name, value) {
      add(facts, 'dt', null, name);
      add(facts, 'dd', null, value === '' ? '(empty)' : value);
    }
    if (a.speaker !== undefined) {
      fact('speaker', a.speaker);
    }
    if (a.sieve !== undefined) {
      fact('found by sieve', a.sieve);
    }
    if (a.value !== undefined) {
      fact('value', a.value);
      fact('unit', a.unit);
      fact('qualifier', a.qualifier);
    }
    if (a.status === 'unscored') {
      /* nothing was paired */
    } else if (a.partner) {
      var p = annotations[a.partner];
      fact('paired with', describe(p) + (p.speaker !== undefined ? ', speaker “' + p.speaker + '”' : '')
          + (p.value !== undefined ? ', ' + p.value + ' ' + p.unit + ' ' + p.qualifier : ''));
    } else {
      fact('paired with', a.side === 'gold' ? 'nothing in the system output' : 'nothing in the gold');
    }
    if (a.detail) {
      fact('differs', a.detail);
    }
    add(box, 'p', 'verdict-text', a.statusText);
    return box;
  }

  var selected = [];
  function mark(ids, pinned) {
    text.querySelectorAll('.sel, .partner').forEach(function (el) {
      el.classList.remove('sel', 'partner');
    });
    selected = ids;
    if (ids.length === 0) {
      panel.innerHTML = hint;
      panel.classList.remove('pinned');
      return;
    }
    (elements[ids[0]] || []).forEach(function (el) {
      el.classList.add('sel');
    });
    var partner = annotations[ids[0]].partner;
    if (partner) {
      (elements[partner] || []).forEach(function (el) {
        el.classList.add('partner');
      });
    }
    panel.textContent = '';
    panel.classList.toggle('pinned', pinned);
    if (pinned) {
      add(panel, 'p', 'hint', 'Kept: click elsewhere or press Escape to release.');
    }
    ids.forEach(function (id) {
      panel.appendChild(card(id));
    });
  }

  var pinned = false;
  text.addEventListener('mouseover', function (event) {
    if (!pinned) {
      mark(annotationsAt(event.target), false);
    }
  });
  text.addEventListener('mouseleave', function () {
    if (!pinned) {
      mark([], false);
    }
  });
  text.addEventListener('click', function (event) {
    var ids = annotationsAt(event.target);
    pinned = ids.length > 0;
    mark(ids, pinned);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      pinned = false;
      mark([], false);
    }
  });

  /* #g3 in the address selects that annotation (the error list links so). */
  function fromAddress() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ''));
    if (!annotations[id]) {
      return;
    }
    var first = (elements[id] || [])[0];
    var ids = first ? annotationsAt(first) : [id];
    if (ids.indexOf(id) < 0) {
      ids.unshift(id);
    } else {
      ids.splice(ids.indexOf(id), 1);
      ids.unshift(id);
    }
    pinned = true;
    mark(ids, true);
    if (first && first.scrollIntoView) {
      first.scrollIntoView({block: 'center'});
    }
  }
  window.addEventListener('hashchange', fromAddress);

  /* the details panel stays below the filters, however many lines they take */
  function fitPanel() {
    document.documentElement.style.setProperty('--toolbar', form.offsetHeight + 'px');
  }
  window.addEventListener('resize', fitPanel);

  fitPanel();
  applyFilters();
  fromAddress();
  document.body.classList.add('ready');
})();
