import { defineMessages } from '../define';

/** Orders (issue 6): the menu, the register of orders, the composer and detail, the card's movements. */
export const ordersUiMessages = defineMessages({
  'uz-Latn': {
    'nav.section.orders': 'Buyruqlar',
    'nav.orders': 'Buyruqlar roʻyxati',
    'nav.ordersPromotion': 'Kursga oʻtkazish, bitirish',
    'nav.ordersGraduates': 'Bitiruvchilar',
    'nav.ordersStatistics': 'Harakat statistikasi',
    'nav.ordersClauses': 'Buyruq matnlari',
  },
  'uz-Cyrl': {
    'nav.section.orders': 'Буйруқлар',
    'nav.orders': 'Буйруқлар рўйхати',
    'nav.ordersPromotion': 'Курсга ўтказиш, битириш',
    'nav.ordersGraduates': 'Битирувчилар',
    'nav.ordersStatistics': 'Ҳаракат статистикаси',
    'nav.ordersClauses': 'Буйруқ матнлари',
  },
  ru: {
    'nav.section.orders': 'Приказы',
    'nav.orders': 'Реестр приказов',
    'nav.ordersPromotion': 'Перевод на курс, выпуск',
    'nav.ordersGraduates': 'Выпускники',
    'nav.ordersStatistics': 'Статистика движения',
    'nav.ordersClauses': 'Тексты приказов',
  },
  en: {
    'nav.section.orders': 'Orders',
    'nav.orders': 'Orders',
    'nav.ordersPromotion': 'Promotion and graduation',
    'nav.ordersGraduates': 'Graduates',
    'nav.ordersStatistics': 'Movement statistics',
    'nav.ordersClauses': 'Order wording',
  },
});
