import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in `text`; undefined when there is no such quote. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('Portuguese: a thing named with a common first word is no person', () => {
  it.each([
    [
      'O plano foi aprovado ontem. A obra é paga pelo Plano de Recuperação e Resiliência.\n\nDe acordo com a ministra, o prazo «é para cumprir».',
      'de Recuperação',
    ],
    [
      'O fundo tem regras novas. O dinheiro vem do Fundo de Coesão Territorial.\n\nDe acordo com o autarca, a verba «chega tarde».',
      'de Coesão Territorial',
    ],
    [
      'O programa abriu em março. As casas entram no Programa de Arrendamento Acessível.\n\nDe resto, o vereador disse que a oferta «é curta».',
      'de Arrendamento Acessível',
    ],
  ])('%s', (text, notName) => {
    const d = detect(text, { lang: 'pt-PT' });
    expect(d.people.map((p) => p.name)).not.toContain(notName);
    expect(d.quotes.every((q) => q.speaker !== notName)).toBe(true);
  });
});

describe('Portuguese: reporting verbs of Portuguese news', () => {
  it.each([
    ['«Se for preciso, vamos até ao fim», referiu Inês Barata, da comissão de utentes.', 'Se for', 'Inês Barata'],
    ['«Vamos estar lá todos», prometeu Jorge Mendonça.', 'Vamos estar', 'Jorge Mendonça'],
    ['«Quem não fez nada não dá lições», atirou o autarca Hugo Reis.', 'Quem não', 'Hugo Reis'],
    ['O vereador Tomás Frazão considerou que o executivo «pôs a carroça à frente dos bois».', 'pôs a', 'Tomás Frazão'],
    ['«A decisão será tomada em junho», adiantou a secretária de Estado, Leonor Pinto.', 'A decisão', 'Leonor Pinto'],
    ['«Foi um erro grave», lamentou Rui Antunes, presidente do clube.', 'Foi um', 'Rui Antunes'],
    ['«Já avisámos o Governo três vezes», recordou Sara Queirós.', 'Já avisámos', 'Sara Queirós'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'pt-PT')).toBe(speaker);
  });
});

describe('Portuguese: a sentence opening on "Já" before a name', () => {
  it.each([
    [
      'Já Carlos Moreira, 38 anos, vê no plano uma oportunidade. «Eu quero sair daqui», explicou.',
      'Eu quero',
      'Carlos Moreira',
    ],
    ['Já Luísa Pacheco, enfermeira, discorda. «Faltam meios», disse.', 'Faltam', 'Luísa Pacheco'],
    ['Entretanto Vítor Sampaio pediu a palavra. «Isto não pode continuar», afirmou.', 'Isto', 'Vítor Sampaio'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'pt-PT')).toBe(speaker);
  });
});

describe('Czech: a name in the dative before the cue verb was spoken to', () => {
  it.each([
    [
      'Ministryně Jana Kopecká kritiku odmítla. „Pomůžeme všem,“ řekla Kopecká. Hanzlíkovi vzkázala, že „křik nikomu práci nenajde“.',
      'křik',
      'Jana Kopecká',
    ],
    [
      'Hejtman Karel Brož návrh podpořil. „Je to rozumné,“ řekl Brož. Novákové odpověděl, že „peníze nejsou z gumy“.',
      'peníze',
      'Karel Brož',
    ],
    [
      'Starostka Eva Marková svolala zastupitelstvo. „Nic netajíme,“ uvedla Marková. Procházkovi připomněla, že „rozpočet schválil i on“.',
      'rozpočet',
      'Eva Marková',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });
});

describe('Czech: one of a group, unnamed, speaks for nobody named', () => {
  it.each([
    [
      'Předseda odborů Zdeněk Mach chce vyšší odstupné. „Mladí dostanou tři platy,“ upozornil Mach.\n\nJeden ze zaměstnanců linky, který si nepřál být jmenován, popsal náladu jako pohřební. „Co budeme dělat, nevím,“ řekl.',
      'Co budeme',
    ],
    [
      'Starosta Petr Vlk situaci popsal. „Voda opadá,“ řekl Vlk.\n\nJedna z obyvatelek ulice, která nechtěla být jmenována, popsala noc. „Spali jsme v autě,“ řekla.',
      'Spali',
    ],
    [
      'Trenér Jan Kolář byl spokojený. „Hráli jsme dobře,“ řekl Kolář.\n\nJeden z fanoušků, kteří přijeli autobusem, popsal atmosféru. „Takový derby jsem dlouho nezažil,“ dodal.',
      'Takový',
    ],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words, 'cs')).toBeNull();
  });
});

describe('Czech: only when and where after the cue verb leaves its subject dropped', () => {
  it.each([
    [
      'Ministr průmyslu Marek Šimůnek se o tom dozvěděl v pondělí. „Stát nemůže dotovat ztrátu,“ řekl ve středu novinářům po jednání vlády.',
      'Stát',
      'Marek Šimůnek',
    ],
    [
      'Hejtman Radim Kolář svolal krizové jednání. „Kraj nabídne příspěvek,“ napsal na sociální síti X.',
      'Kraj',
      'Radim Kolář',
    ],
    [
      'Primátorka Alena Dvořáková přijela na místo. „Most zavřeme,“ uvedla v úterý ráno na tiskové konferenci.',
      'Most',
      'Alena Dvořáková',
    ],
    [
      'Starostka Lenka Bartošová se to dozvěděla z médií. „Nikdo mi nezavolal,“ postěžovala si.',
      'Nikdo',
      'Lenka Bartošová',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });

  it.each([
    [
      'Hejtman Radim Kolář svolal jednání. „Kraj nabídne příspěvek,“ uvedla ve středu mluvčí kraje.',
      'Kraj',
      'Radim Kolář',
    ],
    ['Ministr Marek Šimůnek odjel. „Linka skončí,“ uvedla v úterý společnost.', 'Linka', 'Marek Šimůnek'],
  ])('%s: a subject placed last is not the one named before', (text, words, before) => {
    expect(speakerOf(text, words, 'cs')).not.toBe(before);
  });
});

describe('Portuguese: titles news uses in turn for a person named before', () => {
  it.each([
    [
      'O presidente da associação, Fernando Aguiar, acusou a autarquia. «Ninguém nos diz nada», disse o dirigente associativo, que vive no bairro.',
      'Ninguém',
      'Fernando Aguiar',
    ],
    [
      'A presidente do sindicato, Ana Lopes, saiu da reunião. «Não houve acordo», disse a dirigente.',
      'Não houve',
      'Ana Lopes',
    ],
    [
      'A vereadora do Bloco de Esquerda, Joana Castelo Branco, votou contra. Para a eleita bloquista, o plano «trata a habitação como uma obra».',
      'trata',
      'Joana Castelo Branco',
    ],
    [
      'O deputado Miguel Frade, do PSD, visitou a escola. «Faltam professores», afirmou o eleito social-democrata.',
      'Faltam',
      'Miguel Frade',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'pt-PT')).toBe(speaker);
  });

  it.each([
    [
      'A presidente do sindicato, Ana Lopes, saiu da reunião com o ministro. «Não houve acordo», disse o dirigente.',
      'Não houve',
    ],
    [
      'O presidente da câmara, Rui Sá, falou com a presidente da associação, Maria Cruz. «Há verbas», disse o dirigente associativo.',
      'Há verbas',
    ],
  ])('%s: a title of the other gender names nobody here', (text, words) => {
    expect(speakerOf(text, words, 'pt-PT')).toBeNull();
  });
});

describe('Portuguese: only when and where after the cue verb leaves its subject dropped', () => {
  it.each([
    ['O ministro Rui Sá chegou cedo. «Há acordo», disse à saída da reunião.', 'Há acordo', 'Rui Sá'],
    [
      'A ministra Helena Quaresma visitou a obra. «O prazo é para cumprir», afirmou aos jornalistas.',
      'O prazo',
      'Helena Quaresma',
    ],
    [
      'Maria Sousa, de 74 anos, mora ali desde 1981. «Aqui ninguém veio», conta à porta de casa.',
      'Aqui',
      'Maria Sousa',
    ],
    [
      'O autarca Nuno Falcão saiu da reunião. «Ninguém fica na rua», garantiu ontem em conferência de imprensa.',
      'Ninguém',
      'Nuno Falcão',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'pt-PT')).toBe(speaker);
  });

  it.each([
    ['O ministro Rui Sá chegou cedo. «Há acordo», disse ontem a porta-voz do sindicato.', 'Há acordo', 'Rui Sá'],
    [
      'O autarca Nuno Falcão saiu da reunião. «Não há acordo», disse depois um dos vereadores.',
      'Não há',
      'Nuno Falcão',
    ],
  ])('%s: a subject placed last is not the one named before', (text, words, before) => {
    expect(speakerOf(text, words, 'pt-PT')).not.toBe(before);
  });
});

describe('Czech: a title before the dative is the subject, named nowhere here', () => {
  it.each([
    [
      'Poslanec Jan Vlček (ANO) kritizoval ministra. „Je to amatérismus,“ prohlásil Vlček. Ministr Křížovi odpověděl: „Nic takového.“',
      'Nic takového',
    ],
    [
      'Hejtmanka Eva Rudá návrh odmítla. „Nesouhlasím,“ řekla Rudá. Mluvčí kraje Novákovi napsala, že „termín platí“.',
      'termín',
    ],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words, 'cs')).toBeNull();
  });

  it.each([
    [
      'Hydroložka Petra Šimková upozornila, že srážky neskončily: „Výstrahu neodvoláváme.“',
      'Výstrahu',
      'Petra Šimková',
    ],
    ['Starostka Jana Nová uvedla, že „most bude otevřen v pátek“.', 'most', 'Jana Nová'],
  ])('%s: a woman named before her own verb still speaks', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });
});

describe('Czech: the body a title is of, in the genitive, is not the speaker', () => {
  it.each([
    ['Ministr Petr Král návrh obhajoval. Opozice ho kritizuje. „Je to nesmysl,“ uvedl předseda ANO.', 'Je to', 'ANO'],
    ['Vláda zákon schválila. „Podáme ústavní stížnost,“ řekl šéf SPD.', 'Podáme', 'SPD'],
    ['Firma zavírá závod. „Lidé dostanou odstupné,“ uvedl ředitel ČEZ.', 'Lidé', 'ČEZ'],
  ])('%s', (text, words, body) => {
    expect(speakerOf(text, words, 'cs')).not.toBe(body);
  });

  it.each([
    ['„Zvýšíme ceny od ledna,“ uvedl mluvčí ČEZ.', 'Zvýšíme', 'ČEZ'],
    ['„Nesouhlasíme,“ řekla šéfka ODS Jana Černochová.', 'Nesouhlasíme', 'Jana Černochová'],
  ])('%s: a spokesperson speaks for the body; a name after the body speaks', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });
});
