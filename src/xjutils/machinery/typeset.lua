-- pandoc filter: a page of the site as a part of the typeset PDF edition (xjutils.machinery.pdf).
-- nbconvert's cell wrappers go (their content stays); heading anchors and links to other pages
-- of the site go (their text stays: paper has no links); figures are the SVG beside each PNG;
-- a chapter's title loses its "01 · " (Typst numbers chapters as a report does); a table with
-- no caption is neither numbered nor listed; columns of numbers are set right, words left;
-- each chapter leaves its short title for the running head.

-- The marker pdf.body leaves between the chapters and the appendices: from here on headings
-- and exhibits are numbered as appendices (附录A, 表A-1 / Appendix A, Table A.1).
function Div(el)
  if el.classes:includes("appendices") then
    return pandoc.RawBlock("typst", '#state("appendix").update(true)\n#counter(heading).update(0)')
  end
  return el.content
end

function Link(el)
  if el.classes:includes("anchor-link") then
    return {}
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

function Table(el)
  -- columns of numbers are right-aligned, as a statistical table sets them
  for col = 1, #el.colspecs do
    local all, seen = true, false
    for _, body in ipairs(el.bodies) do
      for _, row in ipairs(body.body) do
        local cell = row.cells[col]
        local text = cell and pandoc.utils.stringify(cell.contents) or ""
        if text ~= "" then
          seen = true
          all = all and numeric(text)
        end
      end
    end
    -- numbers right, words left (the figure around a table would centre them)
    local align = (seen and all) and pandoc.AlignRight or pandoc.AlignLeft
    el.colspecs[col] = { align, el.colspecs[col][2] }
  end
  if #el.caption.long == 0 then
    return {
      pandoc.RawBlock("typst", "#[#set figure(numbering: none, outlined: false)"),
      el,
      pandoc.RawBlock("typst", "]"),
    }
  end
  return el
end
