-- pandoc filter: a page of the site as a part of the typeset PDF edition (xjutils.machinery.pdf).
-- nbconvert's cell wrappers go (their content stays); heading anchors and links to other pages
-- of the site go (their text stays: paper has no links); figures are the SVG beside each PNG;
-- a chapter's title loses its "01 · " (Typst numbers chapters as a report does); a table with
-- no caption is neither numbered nor listed; columns of numbers are set right, words left, each
-- column as wide as its content asks; the lists of figures and tables get a short caption;
-- each chapter leaves its short title for the running head.

-- The marker pdf.body leaves between the chapters and the appendices: from here on headings
-- and exhibits are numbered as appendices (附录A, 表A-1 / Appendix A, Table A.1).
-- Straight double quotes as typographic ones, as the page's others are (“…”): one that opens a
-- word (or follows a bracket) opens, any other closes. Pandoc writes a straight " escaped,
-- which Typst prints straight; single quotes Typst sets itself (smart quotes).
function Str(el)
  if not el.text:find('"') then return nil end
  local t = el.text:gsub('^"', "“"):gsub('([%(%[])"', "%1“"):gsub('"', "”")
  return pandoc.Str(t)
end

function Div(el)
  if el.classes:includes("appendices") then
    return pandoc.RawBlock("typst", '#state("appendix").update(true)\n#counter(heading).update(0)')
  end
  return el.content
end

-- A reference to an exhibit (the site resolved its number: exhibits.py) as a Typst reference,
-- which Typst numbers where the exhibit ended up, in a chapter or an appendix.
function Link(el)
  if el.classes:includes("anchor-link") then
    return {}
  end
  local id = el.target:match("^#([%w%-]+)$")
  if id and (id:match("^tbl%-") or id:match("^fig%-")) then
    return pandoc.RawInline("typst", "#ref(<" .. id .. ">)")
  end
  if el.target:match("^#") or el.target:match("^https?:") then
    return el
  end
  return el.content
end

function Image(el)
  el.src = "/" .. el.src -- from the edition's folder, the compile root
  return el
end

-- A chapter title's short form for the running head: the part before its colon.
local function short_title(inlines)
  local text = pandoc.utils.stringify(inlines)
  return text:match("^(.-)[：:]") or text
end

function Header(el)
  local c = el.content
  if el.level == 1 and #c >= 4 and c[1].t == "Str" and c[1].text:match("^%d%d$")
      and c[3].t == "Str" and c[3].text == "·" then
    el.content = pandoc.List({ table.unpack(c, 5) })
  end
  if el.level == 1 then
    local short = short_title(el.content):gsub('\\', '\\\\'):gsub('"', '\\"')
    return { el, pandoc.RawBlock("typst", '#metadata("' .. short .. '") <short-title>') }
  end
  return el
end

-- A number as the tables print it: 50.60, 1,234, −21.53%, 48.8250–48.9750, ≥ 9.66, 2563.07.
local function numeric(text)
  local t = text:gsub("[%s,%%≥≤<>~≈−%-–—]", "")
  return t ~= "" and t:match("^[%d%.]+$") ~= nil
end

-- The caption a list of figures or tables shows: up to the first remark in brackets or the end
-- of the first sentence, whichever comes first (trailing punctuation dropped); the exhibit
-- keeps the whole. typeset.typ's outlines set the state "in-outline".
local CLOSE = { ["（"] = "）", ["("] = ")", ["【"] = "】", ["["] = "]" }

-- Whether a bracket numbers a part, as 一（四） or (2) do, or marks a word [sic], rather than
-- remarking on the caption.
local function numbering(inside)
  for _, numeral in ipairs({ "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" }) do
    inside = inside:gsub(numeral, "")
  end
  return inside == "sic" or inside:match("^%w?%d*$") ~= nil
end

local function short_text(text)
  local at = #text + 1
  for open, close in pairs(CLOSE) do
    local from = 2
    while true do
      local i, j = text:find(open, from, true)
      local k = i and text:find(close, j + 1, true)
      if not (k and numbering(text:sub(j + 1, k - 1))) then
        if i and i < at then at = i end
        break
      end
      from = k + 1
    end
  end
  for _, stop in ipairs({ "。", "；" }) do
    local i = text:find(stop, 2, true)
    if i and i < at then at = i end
  end
  local stop = text:find("[%l%d]%.%s+%u") -- an English sentence's full stop
  if stop and stop + 1 < at then at = stop + 1 end
  local short = text:sub(1, at - 1)
  for _, tail in ipairs({ "%s+$", "[,:;]$", "，$", "：$", "、$" }) do
    short = short:gsub(tail, "")
  end
  return short
end

local function short_caption(blocks)
  local text = pandoc.utils.stringify(blocks)
  local short = short_text(text)
  if short == "" or short == text then
    return blocks
  end
  local raw = function(s) return pandoc.RawInline("typst", s) end
  return { pandoc.Plain(pandoc.List({ raw('#context if state("in-outline", false).get() [') })
    .. { pandoc.Str(short), raw("] else [") } .. pandoc.utils.blocks_to_inlines(blocks) .. { raw("]") }) }
end

function Figure(el)
  el.caption.long = short_caption(el.caption.long)
  return el
end

-- A figure right under a heading stays in the flow beside it (typeset.typ floats only tall
-- figures outside the state "in-flow"): a float would leave the heading alone, under the figure
-- or a page before it.
function Blocks(blocks)
  local out = pandoc.List()
  for i, block in ipairs(blocks) do
    local before = blocks[i - 1]
    if before and before.t == "RawBlock" and before.text:match("<short%-title>$") then
      before = blocks[i - 2]
    end
    if block.t == "Figure" and before and before.t == "Header" then
      out:insert(pandoc.RawBlock("typst", '#state("in-flow").update(true)'))
      out:insert(block)
      out:insert(pandoc.RawBlock("typst", '#state("in-flow").update(false)'))
    else
      out:insert(block)
    end
  end
  return out
end

-- How wide a text sets: a CJK or full-width character takes two Latin ones, and so does the
-- em dash of a Chinese range (0.06—0.10), which the CJK font sets full-width.
local function width(text)
  local n = 0
  for _, c in utf8.codes(text) do
    local wide = c >= 0x2E80 and c <= 0x9FFF or c >= 0xFF00 and c <= 0xFFEF or c == 0x2014
    n = n + (wide and 2 or 1)
  end
  return n
end

-- Latin characters of a table's 8 pt text across the text width, and the most a column's
-- longest cell counts for: a long note should not starve the columns beside it.
local ROOM, CAP = 110, 60
local HEAD = 12 -- a header this wide (six CJK characters) stays whole

-- Typst's columns for a table: `auto` each when every row fits on one line, else `auto` for
-- short columns (codes, numbers, years) and for the rest shares (`fr`) of what is left in
-- proportion to their longest cell (up to CAP), so that they wrap to about as many lines, but
-- never narrower than their longest word; Typst's own auto columns squeeze some to a few
-- characters.
local function columns(el)
  local long, word, wrapped = {}, {}, {} -- wrapped: a header longer than what it asks for
  local function see(rows, head)
    for _, row in ipairs(rows) do
      local col = 0
      for _, cell in ipairs(row.cells) do
        col = col + cell.col_span
        -- a header spanning columns widens none of them: the years beneath it share it
        if cell.col_span > 1 then goto next end
        local text = pandoc.utils.stringify(cell.contents)
        local longest = 1
        for w in text:gmatch("[%w%p]+") do -- Latin words; CJK breaks between characters
          longest = math.max(longest, #w)
        end
        local size = math.min(width(text), CAP)
        if head then
          -- a header may wrap, so it asks for no more than its longest word; a short Chinese
          -- one (原报告出处) is kept whole, not set 出/处, a longer one wraps four characters wide
          local cjk = width(text) > utf8.len(text)
          size = cjk and (width(text) <= HEAD and width(text) or 8) or longest
          longest = size
          wrapped[col] = wrapped[col] or width(text) > size
        end
        long[col] = math.max(long[col] or 1, size)
        word[col] = math.max(word[col] or 1, longest)
        ::next::
      end
    end
  end
  see(el.head.rows, true)
  for _, body in ipairs(el.bodies) do see(body.body) end
  local n, total = #el.colspecs, 0
  for col = 1, n do total = total + (long[col] or 1) + 2 end
  local fixed = {} -- columns set at their own width: short ones, and those held by a word
  for col = 1, n do
    if total <= ROOM or (long[col] or 1) <= 14 then fixed[col] = long[col] or 1 end
  end
  local rate = 1
  repeat
    local free, rest = ROOM - 2 * n, 0
    for col = 1, n do
      if fixed[col] then free = free - fixed[col] else rest = rest + long[col] end
    end
    rate = rest > 0 and free / rest or 1
    local held = false
    for col = 1, n do
      if not fixed[col] and long[col] * rate < (word[col] or 1) then
        fixed[col], held = word[col], true
      end
    end
  until not held
  local tracks = {}
  for col = 1, n do
    local share = fixed[col] or long[col] * rate
    if total <= ROOM and not wrapped[col] then
      tracks[col] = "auto"
    elseif total <= ROOM then -- an auto column would set its header on one line
      tracks[col] = string.format("%.1fem", 0.5 * (long[col] or 1) + 1.1)
    elseif (long[col] or 1) <= 14 then
      -- a short column at its own width (a width unit is half an em; 1.1em of inset), so the
      -- text columns' shares cannot squeeze it (Typst shrinks auto columns that do not fit)
      tracks[col] = string.format("%.1fem", 0.5 * (long[col] or 1) + 1.1)
    else
      tracks[col] = math.max(1, math.floor(share + 0.5)) .. "fr"
    end
  end
  return "(" .. table.concat(tracks, ", ") .. ",)"
end

function Table(el)
  -- columns of numbers are right-aligned, as a statistical table sets them
  for col = 1, #el.colspecs do
    local all, seen = true, false
    for _, body in ipairs(el.bodies) do
      for _, row in ipairs(body.body) do
        local cell = row.cells[col]
        local text = cell and pandoc.utils.stringify(cell.contents) or ""
        local dash = text:gsub("[%s%-–—]", "") == "" -- a dash for a missing number
        if text ~= "" and not dash then
          seen = true
          all = all and numeric(text)
        end
      end
    end
    -- numbers right, words left (the figure around a table would centre them)
    local align = (seen and all) and pandoc.AlignRight or pandoc.AlignLeft
    el.colspecs[col] = { align, el.colspecs[col][2] }
  end
  -- a header spanning columns (a measure over its years) is centred over them
  for _, row in ipairs(el.head.rows) do
    for _, cell in ipairs(row.cells) do
      if cell.col_span > 1 then cell.alignment = pandoc.AlignCenter end
    end
  end
  local captioned = #el.caption.long > 0
  if captioned then
    el.caption.long = short_caption(el.caption.long)
  end
  local typst = pandoc.write(pandoc.Pandoc({ el }), "typst", PANDOC_WRITER_OPTIONS)
  typst = typst:gsub("columns: %d+,", "columns: " .. columns(el) .. ",", 1)
  if not captioned then
    typst = "#[#set figure(numbering: none, outlined: false)\n" .. typst .. "]"
  end
  return pandoc.RawBlock("typst", typst)
end
