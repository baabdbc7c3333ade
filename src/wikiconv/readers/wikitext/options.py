"""Per-wiki settings of the wikitext reader, with English Wikipedia's values as defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from wikiconv.readers.wikitext.limits import Limits

__all__ = ["WikiOptions"]

# MediaWiki's default $wgUrlProtocols, lower case; "//" is protocol-relative.
URL_PROTOCOLS = (
    "bitcoin:", "ftp://", "ftps://", "geo:", "git://", "gopher://", "http://", "https://",
    "irc://", "ircs://", "magnet:", "mailto:", "matrix:", "mms://", "news:", "nntp://",
    "redis://", "sftp://", "sip:", "sips:", "sms:", "ssh://", "svn://", "tel:", "telnet://",
    "urn:", "worldwind://", "xmpp:", "//",
)  # fmt: skip

# Language codes that are interlanguage prefixes on Wikipedia (a common subset; a link
# [[fr:Paris]] with one of these goes to metadata, not into the text).
LANGUAGE_PREFIXES = (
    "af als am an ar arz as ast az azb ba bar be bg bn bo br bs ca ce ceb ckb co cs cv cy "
    "da de el eo es et eu fa fi fo fr fy ga gd gl gu he hi hr hsb ht hu hy ia id ilo io is "
    "it ja jv ka kk km kn ko ku ky la lb li lmo lt lv mg mk ml mn mr ms my mzn nap nds ne "
    "new nl nn no oc or pa pl pms pnb ps pt qu ro ru sa sah scn sco sd sh si simple sk sl "
    "sq sr su sv sw ta te tg th tl tr tt uk ur uz vec vi war wuu yi yo zh zh-min-nan "
    "zh-yue"
).split()


# The File and Category namespaces of the larger Wikipedias, so that articles copied
# from them read well without options; no English article title starts with these.
LOCAL_FILE_NAMESPACES = (
    "Datei", "Bild", "Fichier", "Archivo", "Imagen", "Immagine", "Plik", "Grafika",
    "Bestand", "Afbeelding", "Arquivo", "Ficheiro", "Imaxe", "Imagem", "Файл", "Изображение",
    "ファイル", "画像", "文件", "图像", "檔案", "Fil", "Tiedosto", "Soubor", "Dosya", "Fișier",
    "Dosiero", "Restr", "Fitxer", "Imatge", "Fitxategi", "Fájl", "Kép", "Súbor", "Berkas",
    "Tập tin", "Datoteka", "Slika", "Датотека", "Αρχείο", "קובץ", "ملف", "پرونده", "파일",
    "Delwedd", "Comhad", "Mynd", "Pilt", "Attēls", "Vaizdas", "Skeda", "Lêer", "Fail",
    "Fasciculus", "Fayl",
)  # fmt: skip
LOCAL_CATEGORY_NAMESPACES = (
    "Kategorie", "Catégorie", "Categoría", "Categoria", "Kategoria", "Categorie",
    "Категория", "カテゴリ", "分类", "分類", "Kategori", "Luokka", "Kategória",
    "Kategorio", "Rummad", "Kategorija", "Категорија", "Категорія", "Thể loại",
    "Κατηγορία", "קטגוריה", "تصنيف", "رده", "분류", "Catagóir", "Flokkur", "Kategooria",
    "Categori",
)  # fmt: skip


# Image option words of other languages, as their wikis define them (German, French,
# Spanish, Italian, Dutch, Portuguese): the word, then the English option it means.
LOCAL_IMAGE_OPTIONS = (
    ("mini", "thumb"), ("miniatur", "thumb"), ("hochkant", "upright"), ("links", "left"),
    ("rechts", "right"), ("zentriert", "center"), ("ohne", "none"), ("rahmenlos", "frameless"),
    ("gerahmt", "frame"), ("rand", "border"), ("alternativtext", "alt"), ("verweis", "link"),
    ("vignette", "thumb"), ("redresse", "upright"), ("gauche", "left"), ("droite", "right"),
    ("centré", "center"), ("néant", "none"), ("sans_cadre", "frameless"), ("cadre", "frame"),
    ("bordure", "border"), ("lien", "link"), ("miniatura", "thumb"), ("izquierda", "left"),
    ("derecha", "right"), ("centro", "center"), ("ninguna", "none"), ("marco", "frame"),
    ("sinmarco", "frameless"), ("borde", "border"), ("enlace", "link"), ("sinistra", "left"),
    ("destra", "right"), ("nessuno", "none"), ("senza_cornice", "frameless"),
    ("collegamento", "link"), ("miniatuur", "thumb"), ("rechts", "right"), ("esquerda", "left"),
    ("direita", "right"), ("nenhum", "none"), ("ligação", "link"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class WikiOptions:
    """What differs between wikis. Names are compared case-insensitively.

    ``link_trail`` is the pattern of letters that a link absorbs after ``]]``
    (``[[dog]]s`` links "dogs"); English wikis use ``[a-z]+``. ``image_option_aliases``
    maps localised image options (``mini``, ``hochkant=1.2``) to MediaWiki's English
    ones. ``magic_links`` turns on the core magic links (``"ISBN"``, ``"RFC"``,
    ``"PMID"``), which MediaWiki has off by default. ``limits`` bounds how much and
    how deep the reader reads (:class:`~wikiconv.readers.wikitext.limits.Limits`).
    """

    file_namespaces: tuple[str, ...] = ("File", "Image", *LOCAL_FILE_NAMESPACES)
    media_namespaces: tuple[str, ...] = ("Media",)
    category_namespaces: tuple[str, ...] = ("Category", *LOCAL_CATEGORY_NAMESPACES)
    language_prefixes: tuple[str, ...] = tuple(LANGUAGE_PREFIXES)
    url_protocols: tuple[str, ...] = URL_PROTOCOLS
    link_trail: str = "[a-z]+"
    title: str | None = None
    image_option_aliases: tuple[tuple[str, str], ...] = LOCAL_IMAGE_OPTIONS
    magic_links: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
