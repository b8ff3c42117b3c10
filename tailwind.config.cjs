/**
 * Design tokens: the alliance's colours, type scale and spacing.
 * Loaded by src/styles/global.css through Tailwind 4's `@config`.
 * @type {import('tailwindcss').Config}
 */
module.exports = {
  theme: {
    extend: {
      colors: {
        // Deep ink blue: institutional, calm, high contrast on white.
        ink: {
          50: '#f3f6fa',
          100: '#e3eaf3',
          200: '#c5d3e4',
          300: '#9bb2cf',
          400: '#6a8ab4',
          500: '#466b99',
          600: '#34547e',
          700: '#2a4367',
          800: '#1f3250',
          900: '#152339',
          950: '#0c1524',
        },
        // Vermilion accent (朱红), used sparingly for marks and calls to action.
        vermilion: {
          50: '#fdf3f1',
          100: '#fbe3de',
          500: '#d4452b',
          600: '#b93720',
          700: '#992d1b',
        },
        // Jade for positive states (verified, fits the brief).
        jade: {
          50: '#eef8f4',
          100: '#d5eee3',
          600: '#2f7d5d',
          700: '#25644a',
        },
        // Amber for caution (indicative figures, untranslated).
        amber: {
          50: '#fdf7e8',
          100: '#faecc4',
          700: '#8a5a00',
          800: '#6e4800',
        },
        paper: '#fbfaf7',
      },
      fontFamily: {
        // System fonts only: nothing is fetched from another origin.
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"PingFang SC"',
          '"Hiragino Sans GB"',
          '"Microsoft YaHei"',
          '"Noto Sans CJK SC"',
          '"Source Han Sans SC"',
          'sans-serif',
        ],
        serif: [
          'Georgia',
          '"Times New Roman"',
          '"Songti SC"',
          '"Noto Serif CJK SC"',
          '"Source Han Serif SC"',
          'SimSun',
          'serif',
        ],
      },
      fontSize: {
        xs: ['0.8125rem', { lineHeight: '1.25rem' }],
        sm: ['0.9375rem', { lineHeight: '1.5rem' }],
        base: ['1.0625rem', { lineHeight: '1.75rem' }],
        lg: ['1.25rem', { lineHeight: '1.875rem' }],
        xl: ['1.5rem', { lineHeight: '2rem' }],
        '2xl': ['1.875rem', { lineHeight: '2.375rem' }],
        '3xl': ['2.375rem', { lineHeight: '2.875rem' }],
        '4xl': ['3rem', { lineHeight: '3.5rem' }],
      },
      maxWidth: {
        prose: '42rem',
        page: '76rem',
      },
      spacing: {
        gutter: '1.25rem',
        section: '4rem',
      },
    },
  },
};
