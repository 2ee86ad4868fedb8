// hebb episode animation: draws one recorded episode frame by frame (EpisodeAnimation.java inlines this file).
// Each task is drawn as Gymnasium's classic-control render() draws it (pygame coordinates, y up, then flipped):
// mountain_car.py, cartpole.py, pendulum.py, acrobot.py. Frame k shows the observation fed before step k, the input
// neurons' currents it gave, every spike of step k's window and the counts and action that window decided.
(function () {
  function el(parent, name, attrs) { // the inline <svg>'s own namespace: the page names no URL
    var e = document.createElementNS(parent.namespaceURI, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    parent.appendChild(e);
    return e;
  }
  function poly(points) {
    return points.map(function (p) { return p[0] + ',' + p[1]; }).join(' ');
  }
  function rot(p, a) { // pygame Vector2.rotate_rad: counter-clockwise in y-up coordinates
    return [p[0] * Math.cos(a) - p[1] * Math.sin(a), p[0] * Math.sin(a) + p[1] * Math.cos(a)];
  }
  function rect(l, r, t, b, a, dx, dy) {
    return [[l, b], [l, t], [r, t], [r, b]].map(function (c) { var q = rot(c, a); return [q[0] + dx, q[1] + dy]; });
  }
  function mark(node, attrs) { for (var k in attrs) { node.setAttribute('data-' + k, String(attrs[k])); } }

  // --- the tasks, as Gymnasium renders them ---
  var scenes = {
    mountainCar: function (svg, d) {
      var W = 600, H = 400, min = -1.2, max = 0.6, scale = W / (max - min), goal = d.goal;
      function height(x) { return Math.sin(3 * x) * 0.45 + 0.55; }
      svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
      var g = el(svg, 'g', {transform: 'translate(0,' + H + ') scale(1,-1)'});
      var track = [];
      for (var i = 0; i < 100; i++) { var x = min + (max - min) * i / 99; track.push([(x - min) * scale, height(x) * scale]); }
      el(g, 'polyline', {points: poly(track), fill: 'none', stroke: '#000'});
      var fx = (goal - min) * scale, fy1 = height(goal) * scale, fy2 = fy1 + 50;
      el(g, 'line', {x1: fx, y1: fy1, x2: fx, y2: fy2, stroke: '#000'});
      el(g, 'polygon', {points: poly([[fx, fy2], [fx, fy2 - 10], [fx + 25, fy2 - 5]]), fill: '#cccc00'});
      var car = el(g, 'polygon', {fill: '#000', 'class': 'body'});
      var w1 = el(g, 'circle', {r: 20 / 2.5, fill: '#808080'}), w2 = el(g, 'circle', {r: 20 / 2.5, fill: '#808080'});
      return function (obs) {
        var pos = obs[0], a = Math.cos(3 * pos), dx = (pos - min) * scale, dy = 10 + height(pos) * scale;
        car.setAttribute('points', poly(rect(-20, 20, 20, 0, a, dx, dy)));
        var p = rot([10, 0], a), q = rot([-10, 0], a);
        w1.setAttribute('cx', p[0] + dx); w1.setAttribute('cy', p[1] + dy);
        w2.setAttribute('cx', q[0] + dx); w2.setAttribute('cy', q[1] + dy);
        mark(car, {x: dx, y: dy, angle: a});
      };
    },
    cartPole: function (svg) {
      var W = 600, H = 400, scale = W / 4.8, polelen = scale * 1.0, cartY = 100, axle = 30 / 4;
      svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
      var g = el(svg, 'g', {transform: 'translate(0,' + H + ') scale(1,-1)'});
      el(g, 'line', {x1: 0, y1: cartY, x2: W, y2: cartY, stroke: '#000'});
      var cart = el(g, 'polygon', {fill: '#000', 'class': 'body'});
      var pole = el(g, 'polygon', {fill: '#ca9865'});
      var hub = el(g, 'circle', {r: 5, fill: '#816acb'});
      return function (obs) {
        var cx = obs[0] * scale + W / 2;
        cart.setAttribute('points', poly(rect(-25, 25, 15, -15, 0, cx, cartY)));
        pole.setAttribute('points', poly(rect(-5, 5, polelen - 5, -5, -obs[2], cx, cartY + axle)));
        hub.setAttribute('cx', cx); hub.setAttribute('cy', cartY + axle);
        mark(cart, {x: cx, y: cartY, angle: -obs[2]});
      };
    },
    pendulum: function (svg) {
      var D = 500, scale = D / 4.4, off = D / 2, len = scale, wid = 0.2 * scale;
      svg.setAttribute('viewBox', '0 0 ' + D + ' ' + D);
      var g = el(svg, 'g', {transform: 'translate(0,' + D + ') scale(1,-1)'});
      var rod = el(g, 'polygon', {fill: '#cc4c4c', 'class': 'body'});
      var tip = el(g, 'circle', {r: wid / 2, fill: '#cc4c4c'});
      el(g, 'circle', {cx: off, cy: off, r: wid / 2, fill: '#cc4c4c'});
      el(g, 'circle', {cx: off, cy: off, r: 0.05 * scale, fill: '#000'});
      return function (obs) {
        var th = Math.atan2(obs[1], obs[0]), a = th + Math.PI / 2, end = rot([len, 0], a);
        rod.setAttribute('points', poly(rect(0, len, wid / 2, -wid / 2, a, off, off)));
        tip.setAttribute('cx', end[0] + off); tip.setAttribute('cy', end[1] + off);
        mark(rod, {x: end[0] + off, y: end[1] + off, angle: a});
      };
    },
    acrobot: function (svg) {
      var D = 500, bound = 2.2, scale = D / (2 * bound), off = D / 2;
      svg.setAttribute('viewBox', '0 0 ' + D + ' ' + D);
      var g = el(svg, 'g', {transform: 'translate(0,' + D + ') scale(1,-1)'});
      el(g, 'line', {x1: -2.2 * scale + off, y1: scale + off, x2: 2.2 * scale + off, y2: scale + off, stroke: '#000'});
      var links = [el(g, 'polygon', {fill: '#00cccc', 'class': 'body'}), el(g, 'polygon', {fill: '#00cccc'})];
      var joints = [el(g, 'circle', {r: 0.1 * scale, fill: '#cccc00'}), el(g, 'circle', {r: 0.1 * scale, fill: '#cccc00'})];
      return function (obs) {
        var s0 = Math.atan2(obs[1], obs[0]), s1 = Math.atan2(obs[3], obs[2]);
        var p1 = [-Math.cos(s0) * scale, Math.sin(s0) * scale];
        var p2 = [p1[0] - Math.cos(s0 + s1) * scale, p1[1] + Math.sin(s0 + s1) * scale];
        var xys = [[0, 0], [p1[1], p1[0]], [p2[1], p2[0]]], th = [s0 - Math.PI / 2, s0 + s1 - Math.PI / 2];
        for (var k = 0; k < 2; k++) {
          var x = xys[k][0] + off, y = xys[k][1] + off;
          links[k].setAttribute('points', poly(rect(0, scale, 0.1 * scale, -0.1 * scale, th[k], x, y)));
          joints[k].setAttribute('cx', x); joints[k].setAttribute('cy', y);
        }
        mark(links[0], {x: xys[1][0] + off, y: xys[1][1] + off, x2: xys[2][0] + off, y2: xys[2][1] + off});
      };
    }
  };

  function player(root) {
    var d = JSON.parse(root.querySelector('script[type="application/json"]').textContent);
    var draw = scenes[d.scene](root.querySelector('svg.task'), d);
    var n = d.steps, nIn = d.inputs, all = d.neurons, firstOut = d.firstOutput;
    // input bins: one cell per input neuron, shaded by its current this step
    var bins = root.querySelector('svg.bins'), bw = 600 / nIn, cells = [];
    bins.setAttribute('viewBox', '0 0 600 24');
    for (var i = 0; i < nIn; i++) { cells.push(el(bins, 'rect', {x: i * bw, y: 2, width: Math.max(bw - 1, 0.5), height: 20, fill: '#1f77b4'})); }
    // output counts and the action
    var bars = root.querySelector('svg.counts'), groups = d.groups, bh = 22, barEls = [];
    bars.setAttribute('viewBox', '0 0 600 ' + (groups.length * bh + 4));
    var most = 1;
    d.counts.forEach(function (c) { c.forEach(function (x) { most = Math.max(most, x); }); });
    groups.forEach(function (name, k) {
      el(bars, 'text', {x: 0, y: k * bh + 16, 'font-size': 13}).textContent = name;
      barEls.push(el(bars, 'rect', {x: 90, y: k * bh + 4, height: bh - 6, width: 0, fill: '#d62728'}));
    });
    // spike raster of the window: canvas, neurons top to bottom (outputs first), time left to right
    var canvas = root.querySelector('canvas.raster'), ctx = canvas.getContext('2d');
    var byStep = [];
    for (var s = 0; s < n; s++) { byStep.push([]); }
    for (var k2 = 0; k2 < d.spikeStep.length; k2++) { if (d.spikeStep[k2] < n) { byStep[d.spikeStep[k2]].push(k2); } }
    var slider = root.querySelector('input.step'), label = root.querySelector('.label'), button = root.querySelector('button');
    slider.max = n - 1;
    var timer = null;
    function show(k) {
      k = Math.max(0, Math.min(n - 1, k | 0));
      draw(d.obs[k]);
      for (var i = 0; i < nIn; i++) { cells[i].setAttribute('fill-opacity', 0.08 + 0.92 * d.enc[k][i]); }
      d.counts[k].forEach(function (c, g) { barEls[g].setAttribute('width', 500 * c / most); barEls[g].setAttribute('data-count', c); });
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      var t0 = k * d.stepMs, rowH = canvas.height / all;
      ctx.fillStyle = '#f7f7f7'; ctx.fillRect(0, (all - firstOut) * 0, canvas.width, (all - firstOut) * rowH);
      byStep[k].forEach(function (j) {
        var nrn = d.spikeNeuron[j], row = nrn >= firstOut ? nrn - firstOut : (all - firstOut) + (nrn >= nIn ? nrn - nIn : (d.hidden + nrn));
        ctx.fillStyle = nrn >= firstOut ? '#d62728' : nrn >= nIn ? '#2ca02c' : '#1f77b4';
        ctx.fillRect((d.spikeTime[j] - t0) / d.stepMs * canvas.width - 1, row * rowH, 2, Math.max(rowH, 1));
      });
      var act = d.actions[k];
      label.textContent = 'step ' + (k + 1) + ' / ' + n + ' · action: ' + d.actionNames(act) + ' · reward ' + d.rewards[k];
      mark(root, {step: k, action: act, spikes: byStep[k].length});
      slider.value = k;
    }
    d.actionNames = d.discrete ? function (a) { return d.actionLabels[a]; } : function (a) { return String(a); };
    slider.addEventListener('input', function () { show(+slider.value); });
    button.addEventListener('click', function () {
      if (timer) { clearInterval(timer); timer = null; button.textContent = 'play'; return; }
      button.textContent = 'pause';
      timer = setInterval(function () {
        var k = +slider.value + 1;
        if (k >= n) { clearInterval(timer); timer = null; button.textContent = 'play'; return; }
        show(k);
      }, Math.max(20, d.stepMs));
    });
    show(0);
    var m = /step=(\d+)/.exec(location.hash); // deep link to a step: page.html#step=37 moves the slider there
    if (m) { slider.value = m[1]; slider.dispatchEvent(new Event('input')); }
    if (/play/.test(location.hash)) { button.click(); } // page.html#play starts playing
  }
  document.querySelectorAll('.episode-animation').forEach(player);
})();
