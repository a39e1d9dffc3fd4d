// Papyri pages: progress while a paper is prepared, asking, chatting (streamed) and rating.
// Text from the server is always inserted with textContent, never as HTML.
(function () {
  'use strict';

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  function post(url, body, accept) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': accept || 'application/json', 'X-CSRF-Token': csrf()},
      body: JSON.stringify(body)
    });
  }

  function problemText(response) {
    return response.json().then(function (p) { return p.detail || p.title || ('HTTP ' + response.status); },
      function () { return 'HTTP ' + response.status; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function paperId() {
    var article = document.querySelector('article.paper');
    return article ? article.getAttribute('data-paper') : null;
  }

  function citationLink(evidence) {
    var passage = evidence.passage;
    var link = el('a', 'citation', '[' + passage.section + ', p. ' + passage.page + ']');
    var target = null;
    var want = passage.text.replace(/\s+/g, ' ').trim().slice(0, 80);
    document.querySelectorAll('.reader p[id^="para-"]').forEach(function (p) {
      if (!target && p.textContent.replace(/\s+/g, ' ').trim().indexOf(want) === 0) { target = p.id; }
    });
    link.href = '#' + (target || 'text-h');
    return link;
  }

  function ratingForm(outputId, what) {
    var form = el('form', 'rating');
    form.setAttribute('data-output', outputId);
    var set = el('fieldset');
    set.appendChild(el('legend', null, 'Rate this ' + what));
    for (var s = 1; s <= 5; s++) {
      var label = el('label');
      var input = el('input');
      input.type = 'radio'; input.name = 'score'; input.value = String(s); input.required = true;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + s));
      set.appendChild(label);
    }
    var comment = el('label', 'comment', 'Comment ');
    var text = el('input'); text.name = 'comment'; text.maxLength = 4000;
    comment.appendChild(text);
    set.appendChild(comment);
    var button = el('button', null, 'Rate'); button.type = 'submit';
    set.appendChild(button);
    var status = el('span', 'rating-status'); status.setAttribute('role', 'status');
    set.appendChild(status);
    form.appendChild(set);
    wireRating(form);
    return form;
  }

  function wireRating(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var status = form.querySelector('.rating-status');
      var chosen = form.querySelector('input[name="score"]:checked');
      var comment = form.querySelector('input[name="comment"]');
      status.textContent = 'Saving…';
      post('/api/ratings', {output_id: form.getAttribute('data-output'), score: Number(chosen.value),
        comment: comment ? comment.value : ''}).then(function (response) {
        if (response.ok) {
          status.textContent = 'Thank you: rated ' + chosen.value + '/5';
          form.setAttribute('data-rated', chosen.value);
        } else {
          problemText(response).then(function (t) { status.textContent = t; });
        }
      }, function () { status.textContent = 'Could not reach the server.'; });
    });
  }

  function wireAsk() {
    var form = document.getElementById('ask-form');
    if (!form) { return; }
    var answers = document.getElementById('answers');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var input = document.getElementById('question');
      var question = input.value;
      var box = el('div', 'answer');
      box.appendChild(el('p', 'question', question));
      var status = el('p', 'pending', 'Thinking…');
      box.appendChild(status);
      answers.prepend(box);
      post('/api/papers/' + encodeURIComponent(paperId()) + '/answers', {question: question}).then(function (response) {
        if (!response.ok) { return problemText(response).then(function (t) { status.textContent = t; }); }
        return response.json().then(function (answer) {
          status.remove();
          box.appendChild(el('p', 'answer-text', answer.text));
          box.appendChild(el('p', 'meta', answer.kind.toLowerCase() + ' · confidence ' + answer.confidence.toFixed(2)));
          var list = el('ul', 'evidence');
          answer.evidence.forEach(function (e) {
            var item = el('li', null, e.passage.text.slice(0, 300) + ' ');
            item.appendChild(citationLink(e));
            list.appendChild(item);
          });
          box.appendChild(list);
          box.appendChild(ratingForm(answer.output_id, 'answer'));
        });
      }, function () { status.textContent = 'Could not reach the server.'; });
      input.value = '';
    });
  }

  // Reads a text/event-stream response body event by event.
  function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) { return; }
        buffer += decoder.decode(chunk.value, {stream: true});
        var end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          var block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          var name = 'message';
          var data = '';
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event: ') === 0) { name = line.slice(7); }
            if (line.indexOf('data: ') === 0) { data += line.slice(6); }
          });
          onEvent(name, JSON.parse(data));
        }
        return pump();
      });
    }
    return pump();
  }

  function wireChat() {
    var form = document.getElementById('chat-form');
    if (!form) { return; }
    var log = document.getElementById('chat-log');
    var session = null;
    var base = '/api/papers/' + encodeURIComponent(paperId()) + '/chats';
    function ensureSession() {
      if (session) { return Promise.resolve(session); }
      return post(base, {}).then(function (response) {
        if (!response.ok) { return problemText(response).then(function (t) { throw new Error(t); }); }
        return response.json().then(function (s) { session = s.session_id; return session; });
      });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var input = document.getElementById('chat-message');
      var message = input.value;
      input.value = '';
      log.appendChild(el('p', 'chat-user', message));
      var reply = el('div', 'chat-reply');
      var text = el('p', 'chat-text', '');
      reply.appendChild(text);
      log.appendChild(reply);
      ensureSession().then(function (id) {
        return post(base + '/' + encodeURIComponent(id) + '/messages', {message: message}, 'text/event-stream');
      }).then(function (response) {
        if (!response.ok) { return problemText(response).then(function (t) { text.textContent = t; }); }
        return readEvents(response, function (name, data) {
          if (name === 'token') { text.textContent += data.text; }
          if (name === 'message') {
            text.textContent = data.text;
            var cites = el('p', 'meta');
            data.citations.forEach(function (c) { cites.appendChild(citationLink(c)); cites.appendChild(document.createTextNode(' ')); });
            reply.appendChild(cites);
            reply.appendChild(ratingForm(data.output_id, 'reply'));
            reply.setAttribute('data-done', 'true');
          }
        });
      }).catch(function (error) { text.textContent = error.message || 'Could not reach the server.'; });
    });
  }

  function wireProgress() {
    var list = document.getElementById('progress');
    if (!list) { return; }
    var id = list.getAttribute('data-paper');
    var source = new EventSource('/api/papers/' + encodeURIComponent(id) + '/progress');
    var first = true;
    function show(data) {
      if (first) { list.textContent = ''; first = false; }
      list.appendChild(el('li', 'step-' + data.step, data.step + (data.message ? ': ' + data.message : '')));
    }
    ['queued', 'downloading', 'extracting', 'summarizing'].forEach(function (name) {
      source.addEventListener(name, function (e) { show(JSON.parse(e.data)); });
    });
    source.addEventListener('ready', function (e) { show(JSON.parse(e.data)); source.close(); window.location.reload(); });
    source.addEventListener('failed', function (e) { show(JSON.parse(e.data)); source.close(); });
    source.onerror = function () { source.close(); };
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.rating').forEach(wireRating);
    wireAsk();
    wireChat();
    wireProgress();
  });
}());
