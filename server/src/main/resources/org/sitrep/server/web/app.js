/*
 * The map page: filters in a form (and in the URL, so a view can be shared), events per grid cell
 * on a Leaflet map of country outlines, events per week in an SVG timeline that can be brushed, and
 * a sortable table. Text from the server goes into the page as text nodes only, never as HTML.
 */
(function () {
  'use strict';
  var FILTERS = ['country', 'admin1', 'event_type', 'sub_event_type', 'actor', 'from', 'to', 'min_fatalities', 'q'];
  var DEFAULT_SORT = '-event_date';
  var PAGE = 100;
  var COLORS = Sitrep.COLORS;
  var NS = 'http://www.w3.org/2000/svg';

  var body = document.body;
  var form = document.getElementById('filters');
  var message = document.getElementById('message');
  var tbody = document.querySelector('#events tbody');
  var more = document.getElementById('more');
  var svg = document.getElementById('timeline');

  var state = { sort: DEFAULT_SORT, offset: 0, weeks: [], mapFetch: 0, tableFetch: 0, mapDrawn: false, tableDrawn: false };

  // ---- the map --------------------------------------------------------------------------------

  var map = L.map('map', { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 14 })
    .setView([12, 10], 3);
  Sitrep.addAttribution(map);
  Sitrep.addCountries(map);
  var markers = L.layerGroup().addTo(map);
  drawLegend();

  function drawLegend() {
    var legend = document.getElementById('legend');
    Object.keys(COLORS).forEach(function (type) {
      var item = el('span', 'legend-item');
      item.dataset.eventType = type;
      var swatch = el('span', 'swatch');
      swatch.style.background = COLORS[type];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(type));
      legend.appendChild(item);
    });
  }

  /** The visible area, padded, as the API's bbox; none when zoomed out far enough to see most of the world. */
  function viewBox() {
    if (map.getZoom() < 4) return null;
    var b = map.getBounds().pad(0.5);
    var west = Math.max(-180, b.getWest()), east = Math.min(180, b.getEast());
    var south = Math.max(-90, b.getSouth()), north = Math.min(90, b.getNorth());
    if (!(west < east && south < north)) return null;
    return [west, south, east, north].map(function (v) { return v.toFixed(4); }).join(',');
  }

  function loadMap() {
    var id = ++state.mapFetch;
    var started = performance.now();
    state.mapDrawn = false;
    markReady();
    var params = filterParams();
    params.set('zoom', String(map.getZoom()));
    var bbox = viewBox();
    if (bbox) params.set('bbox', bbox);
    return getJson('/api/map?' + params).then(function (data) {
      if (id !== state.mapFetch) return;
      drawCells(data.cells);
      body.dataset.drawMs = String(Math.round(performance.now() - started));
      body.dataset.mapTotal = String(data.total);
    }).catch(showError).then(function () {
      if (id !== state.mapFetch) return;
      state.mapDrawn = true;
      markReady();
    });
  }

  function drawCells(cells) {
    markers.clearLayers();
    cells.forEach(function (c) {
      var color = COLORS[c.event_type] || '#555';
      if (c.count === 1) {
        var m = L.circleMarker([c.lat, c.lon], {
          radius: 4 + 1.5 * Math.sqrt(c.fatalities), color: '#fff', weight: 1, fillColor: color,
          fillOpacity: 0.85, className: 'event-marker'
        });
        m.bindPopup(eventPopup(c));
        markers.addLayer(m);
      } else {
        var size = Math.round(22 + 6 * Math.sqrt(c.count));
        var label = el('div', null, String(c.count));
        label.style.width = label.style.height = size + 'px';
        label.style.background = color;
        label.title = c.count + ' events, ' + c.fatalities + ' fatalities; mostly ' + c.event_type;
        var cluster = L.marker([c.lat, c.lon], {
          icon: L.divIcon({ className: 'cell-label event-cluster', html: label, iconSize: [size, size] }),
          keyboard: false
        });
        cluster.on('click', function () { map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2)); });
        markers.addLayer(cluster);
      }
    });
  }

  function eventPopup(c) {
    var div = el('div', 'popup');
    var a = el('a', null, c.event_id);
    a.href = '/events/' + encodeURIComponent(c.event_id);
    div.appendChild(a);
    div.appendChild(el('div', null, c.event_type));
    div.appendChild(el('div', null, c.fatalities + ' fatalities'));
    return div;
  }

  var moveTimer = null;
  function watchMap() {
    map.on('moveend', function () {
      clearTimeout(moveTimer);
      moveTimer = setTimeout(loadMap, 150);
    });
  }

  // ---- the table ------------------------------------------------------------------------------

  function loadTable(append) {
    var id = ++state.tableFetch;
    if (!append) state.offset = 0;
    state.tableDrawn = false;
    markReady();
    var params = filterParams();
    params.set('sort', state.sort);
    params.set('limit', String(PAGE));
    params.set('offset', String(state.offset));
    return getJson('/api/events?' + params).then(function (page) {
      if (id !== state.tableFetch) return;
      if (!append) tbody.textContent = '';
      page.events.forEach(function (e) { tbody.appendChild(row(e)); });
      state.offset = page.offset + page.events.length;
      more.hidden = state.offset >= page.total;
      document.getElementById('total').textContent = page.total + (page.total === 1 ? ' event.' : ' events.');
      body.dataset.total = String(page.total);
    }).catch(showError).then(function () {
      if (id !== state.tableFetch) return;
      state.tableDrawn = true;
      markReady();
    });
  }

  function row(e) {
    var tr = document.createElement('tr');
    tr.dataset.eventId = e.event_id;
    var idCell = document.createElement('td');
    var link = el('a', null, e.event_id);
    link.href = '/events/' + encodeURIComponent(e.event_id);
    idCell.appendChild(link);
    tr.appendChild(idCell);
    [e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.admin1, e.location]
      .forEach(function (v) { tr.appendChild(el('td', null, v == null ? '' : String(v))); });
    tr.appendChild(el('td', 'num', String(e.fatalities)));
    return tr;
  }

  function showSort() {
    document.querySelectorAll('#events th[data-sort]').forEach(function (th) {
      th.classList.remove('sorted-asc', 'sorted-desc');
      if (state.sort === th.dataset.sort) th.classList.add('sorted-asc');
      if (state.sort === '-' + th.dataset.sort) th.classList.add('sorted-desc');
    });
  }

  document.querySelectorAll('#events th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var field = th.dataset.sort;
      state.sort = state.sort === field ? '-' + field : (state.sort === '-' + field ? field : '-' + field);
      showSort();
      writeUrl();
      loadTable(false);
    });
  });
  more.addEventListener('click', function () { loadTable(true); });

  // ---- the timeline ---------------------------------------------------------------------------

  var MARGIN = { left: 30, right: 10, top: 6, bottom: 18 };

  /** Weeks for every filter but the dates, so the brush shows where the chosen range sits. */
  function loadTimeline() {
    var params = filterParams();
    params.delete('from');
    params.delete('to');
    return getJson('/api/timeline?' + params).then(function (data) {
      state.weeks = data.weeks;
      drawTimeline();
    }).catch(showError);
  }

  function drawTimeline() {
    svg.textContent = '';
    var weeks = state.weeks;
    var width = svg.clientWidth || 800, height = svg.clientHeight || 90;
    if (!weeks.length) return;
    var max = Math.max.apply(null, weeks.map(function (w) { return w.count; })) || 1;
    var plotH = height - MARGIN.top - MARGIN.bottom;
    var barW = (width - MARGIN.left - MARGIN.right) / weeks.length;
    var from = form.elements.from.value, to = form.elements.to.value;
    weeks.forEach(function (w, i) {
      var h = plotH * w.count / max;
      var bar = svgEl('rect', {
        x: MARGIN.left + i * barW, y: MARGIN.top + plotH - h, width: Math.max(1, barW - 1), height: h,
        'class': 'bar' + (inRange(w.week, from, to) ? ' selected' : '')
      });
      bar.dataset.week = w.week;
      var title = svgEl('title', {});
      title.textContent = 'Week of ' + w.week + ': ' + w.count + ' events, ' + w.fatalities + ' fatalities';
      bar.appendChild(title);
      svg.appendChild(bar);
    });
    var maxLabel = svgEl('text', { x: 2, y: MARGIN.top + 8 });
    maxLabel.textContent = String(max);
    svg.appendChild(maxLabel);
    [0, weeks.length - 1].forEach(function (i, k) {
      var t = svgEl('text', { x: k === 0 ? MARGIN.left : width - MARGIN.right, y: height - 4,
        'text-anchor': k === 0 ? 'start' : 'end' });
      t.textContent = weeks[i].week;
      svg.appendChild(t);
    });
  }

  function inRange(week, from, to) {
    if (!from && !to) return false;
    var sunday = addDays(week, 6);
    return (!from || sunday >= from) && (!to || week <= to);
  }

  /** The index of the week under the pointer's x, clamped to the weeks drawn. */
  function weekAt(clientX) {
    var rect = svg.getBoundingClientRect();
    var barW = (rect.width - MARGIN.left - MARGIN.right) / state.weeks.length;
    var i = Math.floor((clientX - rect.left - MARGIN.left) / barW);
    return Math.max(0, Math.min(state.weeks.length - 1, i));
  }

  var brush = null;
  svg.addEventListener('mousedown', function (ev) {
    if (!state.weeks.length) return;
    ev.preventDefault();
    var x0 = ev.clientX - svg.getBoundingClientRect().left;
    brush = { startX: ev.clientX, rect: svgEl('rect', { 'class': 'brush', x: x0, y: 0, width: 0, height: svg.clientHeight || 90 }) };
    svg.appendChild(brush.rect);
  });
  window.addEventListener('mousemove', function (ev) {
    if (!brush) return;
    var left = svg.getBoundingClientRect().left;
    var a = brush.startX - left, b = ev.clientX - left;
    brush.rect.setAttribute('x', Math.min(a, b));
    brush.rect.setAttribute('width', Math.abs(b - a));
  });
  window.addEventListener('mouseup', function (ev) {
    if (!brush) return;
    var i = weekAt(Math.min(brush.startX, ev.clientX));
    var j = weekAt(Math.max(brush.startX, ev.clientX));
    brush = null;
    form.elements.from.value = state.weeks[i].week;
    form.elements.to.value = addDays(state.weeks[j].week, 6);
    apply(false);
  });

  // ---- filters, URL and downloads -------------------------------------------------------------

  function filterParams() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var v = form.elements[name].value.trim();
      if (v) params.set(name, v);
    });
    return params;
  }

  function writeUrl() {
    var params = filterParams();
    if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
    var qs = params.toString();
    var url = location.pathname + (qs ? '?' + qs : '');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    var exportParams = filterParams();
    exportParams.set('sort', state.sort);
    document.getElementById('download-csv').href = '/api/events.csv?' + exportParams;
    document.getElementById('download-geojson').href = '/api/events.geojson?' + exportParams;
  }

  /** Fills the form (and the sort) from the URL's query string. */
  function readUrl() {
    var params = new URLSearchParams(location.search);
    FILTERS.forEach(function (name) { form.elements[name].value = params.get(name) || ''; });
    state.sort = params.get('sort') || DEFAULT_SORT;
    showSort();
  }

  function apply(withTimeline) {
    message.textContent = '';
    writeUrl();
    var loads = [loadMap(), loadTable(false)];
    if (withTimeline) loads.push(loadTimeline()); else drawTimeline();
    return Promise.all(loads);
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    apply(true);
  });
  document.getElementById('reset').addEventListener('click', function () {
    form.reset();
    state.sort = DEFAULT_SORT;
    showSort();
    apply(true);
  });
  window.addEventListener('popstate', function () {
    readUrl();
    apply(true);
  });
  window.addEventListener('resize', drawTimeline);

  // ---- helpers --------------------------------------------------------------------------------

  /** data-ready is "true" once both the markers and the table of the latest fetches are drawn. */
  function markReady() {
    body.dataset.ready = state.mapDrawn && state.tableDrawn ? 'true' : 'false';
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) throw new Error(json && json.error ? json.error : 'HTTP ' + r.status);
        return json;
      });
    });
  }

  function showError(err) {
    message.textContent = String(err && err.message ? err.message : err);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  function svgEl(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function addDays(isoDate, days) {
    var d = new Date(isoDate + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  readUrl();
  apply(true).then(watchMap);
})();
